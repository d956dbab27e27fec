using System.Text;

namespace UnderLoad.Snippets.ContentDelivery;

public readonly record struct ByteRange(long First, long Last)
{
    public long Length => Last - First + 1;
}

public sealed record RangeResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>Range requests, RFC 9110 §14.</summary>
public static class RangeRequests
{
    // <Parse>
    // ranges-specifier = "bytes" "=" range-set ; range-set = 1#range-spec
    // range-spec = first-pos "-" [ last-pos ]  /  "-" suffix-length
    // Returns null when the header is syntactically invalid: the server then ignores it (§14.2).
    public static IReadOnlyList<(long? First, long? Last)>? Parse(string header)
    {
        var eq = header.IndexOf('=');
        if (eq < 0 || !header[..eq].Trim().Equals("bytes", StringComparison.OrdinalIgnoreCase)) return null;
        var specs = new List<(long?, long?)>();
        foreach (var raw in header[(eq + 1)..].Split(','))
        {
            var spec = raw.Trim(' ', '\t');
            if (spec.Length == 0) continue;                       // #rule allows empty list elements
            int dash = spec.IndexOf('-');
            if (dash < 0) return null;
            string a = spec[..dash], b = spec[(dash + 1)..];
            long? first = a.Length == 0 ? null : Digits(a);
            long? last = b.Length == 0 ? null : Digits(b);
            if ((a.Length > 0 && first is null) || (b.Length > 0 && last is null)) return null;
            if (first is null && last is null) return null;       // "-" alone
            if (first is not null && last is not null && last < first) return null;
            specs.Add((first, last));
        }
        return specs.Count == 0 ? null : specs;
    }

    private static long? Digits(string s) =>
        s.All(char.IsAsciiDigit) && long.TryParse(s, out var v) ? v : null;

    // A range is satisfiable if it starts before the end of the representation, or is a
    // non-zero suffix (§14.1.1); last-pos past the end is clamped to the last byte.
    public static ByteRange? Resolve((long? First, long? Last) spec, long length) => spec switch
    {
        (null, long suffix) => suffix == 0 || length == 0 ? null
            : new ByteRange(Math.Max(0, length - suffix), length - 1),
        (long first, var last) => first >= length ? null
            : new ByteRange(first, Math.Min(last ?? length - 1, length - 1)),
        _ => null,
    };
    // </Parse>

    // <Respond>
    public const int MaxRanges = 16;   // many small ranges are a known DoS (Apache "Killer", CVE-2011-3192)

    public static RangeResponse Respond(byte[] representation, string? rangeHeader,
        string contentType, string boundary = "THIS_STRING_SEPARATES")
    {
        long length = representation.Length;
        var specs = rangeHeader is null ? null : Parse(rangeHeader);
        if (specs is null || specs.Count > MaxRanges)                        // no or ignored Range: 200
            return new(200, Headers(("Content-Type", contentType), ("Accept-Ranges", "bytes")), representation);

        var ranges = specs.Select(s => Resolve(s, length)).OfType<ByteRange>().ToList();
        if (ranges.Count == 0)                                               // none satisfiable
            return new(416, Headers(("Content-Range", $"bytes */{length}")), []);

        if (ranges.Count == 1)
        {
            var r = ranges[0];
            return new(206, Headers(("Content-Type", contentType),
                ("Content-Range", $"bytes {r.First}-{r.Last}/{length}")),
                representation[(int)r.First..(int)(r.Last + 1)]);
        }

        // several ranges: multipart/byteranges (§14.6), one part per range, in request order
        var body = new MemoryStream();
        foreach (var r in ranges)
        {
            Write(body, $"\r\n--{boundary}\r\nContent-Type: {contentType}\r\n" +
                        $"Content-Range: bytes {r.First}-{r.Last}/{length}\r\n\r\n");
            body.Write(representation, (int)r.First, (int)r.Length);
        }
        Write(body, $"\r\n--{boundary}--\r\n");
        return new(206, Headers(("Content-Type", $"multipart/byteranges; boundary={boundary}")), body.ToArray());
    }

    private static void Write(Stream s, string text) => s.Write(Encoding.ASCII.GetBytes(text));

    private static Dictionary<string, string> Headers(params (string Name, string Value)[] h) =>
        h.ToDictionary(x => x.Name, x => x.Value, StringComparer.OrdinalIgnoreCase);
    // </Respond>
}
