using System.Text;

namespace UnderLoad.Snippets.Observability;

// <Baggage>
/// <summary>The W3C <c>baggage</c> header: <c>key=value;property, key2=value2</c>, values percent-encoded.</summary>
public static class W3CBaggage
{
    public const int MaxMembers = 64;     // a platform must propagate at least this many
    public const int MaxBytes = 8192;     // ... and may drop members beyond this size

    public static bool TryParse(string? header, out Dictionary<string, string> items)
    {
        items = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(header) || Encoding.UTF8.GetByteCount(header) > MaxBytes) return false;

        var members = header.Split(',');
        if (members.Length > MaxMembers) return false;
        foreach (var member in members)
        {
            var keyValue = member.Split(';')[0];             // properties after ';' are metadata: ignored here
            var eq = keyValue.IndexOf('=');
            if (eq <= 0) return false;
            var key = keyValue[..eq].Trim(' ', '\t');
            var value = keyValue[(eq + 1)..].Trim(' ', '\t');
            if (!IsToken(key) || !value.All(IsBaggageOctet)) return false;
            items[key] = Uri.UnescapeDataString(value);   // percent-decoding, UTF-8
        }
        return true;
    }

    public static string Format(IEnumerable<KeyValuePair<string, string>> items) =>
        string.Join(",", items.Select(i => $"{i.Key}={Uri.EscapeDataString(i.Value)}"));

    // RFC 9110 token characters.
    private static bool IsToken(string s) =>
        s.Length > 0 && s.All(c => c < 0x7f && (char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c)));

    // Printable US-ASCII except space, '"', ',', ';' and '\'.
    private static bool IsBaggageOctet(char c) => c > 0x20 && c < 0x7f && c is not ('"' or ',' or ';' or '\\');
}
// </Baggage>
