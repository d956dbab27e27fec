using System.Security.Cryptography;

namespace UnderLoad.Snippets.Observability;

// <TraceParent>
/// <summary>The W3C Trace Context <c>traceparent</c> header: version-traceid-parentid-flags.</summary>
public readonly record struct TraceParent(string TraceId, string ParentId, byte Flags)
{
    public bool Sampled => (Flags & 0x01) != 0;

    public override string ToString() => $"00-{TraceId}-{ParentId}-{Flags:x2}";

    public static bool TryParse(string? header, out TraceParent result)
    {
        result = default;
        if (header is null || header.Length < 55) return false;
        var h = header.AsSpan().Trim(' ');               // OWS around the value is allowed
        if (h.Length < 55 || h[2] != '-' || h[35] != '-' || h[52] != '-') return false;
        var version = h[..2];
        if (!IsLowerHex(version) || version is "ff") return false;
        // Version 00 is exactly 55 characters; a future version may append fields after a '-'.
        if (version is "00" ? h.Length != 55 : h.Length > 55 && h[55] != '-') return false;

        var traceId = h.Slice(3, 32);
        var parentId = h.Slice(36, 16);
        var flags = h.Slice(53, 2);
        if (!IsLowerHex(traceId) || !IsLowerHex(parentId) || !IsLowerHex(flags)) return false;
        if (IsAllZero(traceId) || IsAllZero(parentId)) return false;

        result = new TraceParent(traceId.ToString(), parentId.ToString(), Convert.FromHexString(flags)[0]);
        return true;
    }

    /// <summary>Starts a new trace: 16 random bytes of trace id, 8 of span id.</summary>
    public static TraceParent NewRoot(bool sampled) =>
        new(RandomHex(16), RandomHex(8), sampled ? (byte)0x01 : (byte)0x00);

    /// <summary>The header a service sends downstream: same trace, its own span as the parent.</summary>
    public TraceParent Child() => this with { ParentId = RandomHex(8) };

    private static string RandomHex(int bytes)
    {
        Span<byte> buffer = stackalloc byte[bytes];
        do RandomNumberGenerator.Fill(buffer); while (buffer.IndexOfAnyExcept((byte)0) < 0);
        return Convert.ToHexStringLower(buffer);
    }

    private static bool IsLowerHex(ReadOnlySpan<char> s) => !s.ContainsAnyExcept("0123456789abcdef");

    private static bool IsAllZero(ReadOnlySpan<char> s) => !s.ContainsAnyExcept('0');
}
// </TraceParent>
