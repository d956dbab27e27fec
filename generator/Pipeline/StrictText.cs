using System.Text;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Reads text the way the whole site does: UTF-8 only, a byte-order mark dropped, CRLF as LF. A file in another
/// encoding is refused at the line of its first bad byte instead of being published with "�" in it.
/// </summary>
public static class StrictText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public const string Hint = "save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`), the only encoding the site reads.";

    /// <summary>The text, or null with the 1-based line of the first invalid byte.</summary>
    public static string? Decode(byte[] bytes, out int badLine)
    {
        badLine = 0;
        var first = FirstInvalidUtf8(bytes);
        if (first >= 0)
        {
            badLine = 1 + bytes.AsSpan(0, first).Count((byte)'\n');
            return null;
        }

        var text = Utf8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n") : text;
    }

    /// <summary>Reads a file; on bytes that are not UTF-8 reports an error at <paramref name="display"/>:line and returns null.</summary>
    public static string? Read(string path, string display, Diagnostics diagnostics)
    {
        var text = Decode(File.ReadAllBytes(path), out var line);
        if (text is null) diagnostics.Error(display, line, "the file is not valid UTF-8", Hint);
        return text;
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1; // vectorised; the rune walk below only finds where it breaks
        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) return offset;
            offset += consumed;
        }

        return -1;
    }
}
