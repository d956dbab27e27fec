using System.Text;

namespace UnderLoad.Snippets.ContentDelivery;

public sealed class MalformedChunkedException(string message) : FormatException(message);

public sealed record ChunkedMessage(byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Trailers, int BytesConsumed);

/// <summary>HTTP/1.1 chunked transfer coding, RFC 9112 §7.1.</summary>
public static class Chunked
{
    // <Encode>
    // chunked-body = *chunk last-chunk trailer-section CRLF
    // chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
    public static byte[] Encode(IEnumerable<byte[]> chunks,
        IEnumerable<KeyValuePair<string, string>>? trailers = null)
    {
        using var ms = new MemoryStream();
        foreach (var chunk in chunks)
        {
            if (chunk.Length == 0) continue;                   // a 0-size chunk would end the body
            Ascii(ms, $"{chunk.Length:x}\r\n");
            ms.Write(chunk);
            Ascii(ms, "\r\n");
        }
        Ascii(ms, "0\r\n");                                    // last-chunk
        foreach (var (name, value) in trailers ?? [])
            Ascii(ms, $"{name}: {value}\r\n");                 // trailer-section
        Ascii(ms, "\r\n");
        return ms.ToArray();
    }

    private static void Ascii(Stream s, string text) => s.Write(Encoding.ASCII.GetBytes(text));
    // </Encode>

    // <Decode>
    public static ChunkedMessage Decode(ReadOnlySpan<byte> input, long maxBodyBytes = 16 * 1024 * 1024)
    {
        var body = new MemoryStream();
        int pos = 0;
        while (true)
        {
            var line = ReadLine(input, ref pos);
            long size = ParseChunkSize(line);
            if (size == 0) break;                                            // last-chunk
            if (body.Length + size > maxBodyBytes) throw new MalformedChunkedException("body too large");
            if (input.Length - pos < size + 2) throw new MalformedChunkedException("truncated chunk");
            body.Write(input.Slice(pos, (int)size));
            pos += (int)size;
            if (input[pos] != '\r' || input[pos + 1] != '\n')
                throw new MalformedChunkedException("chunk-data not followed by CRLF");
            pos += 2;
        }

        var trailers = new List<KeyValuePair<string, string>>();
        for (var line = ReadLine(input, ref pos); line.Length > 0; line = ReadLine(input, ref pos))
            trailers.Add(ParseFieldLine(line));
        return new ChunkedMessage(body.ToArray(), trailers, pos);
    }

    // chunk-size = 1*HEXDIG, then optional BWS ";" chunk-ext (ignored here). Anything else,
    // including "0x", a sign, or whitespace without an extension, is rejected: two parsers that
    // disagree about a chunk size are how request smuggling starts.
    private static long ParseChunkSize(ReadOnlySpan<byte> line)
    {
        int i = 0;
        long size = 0;
        for (; i < line.Length && Uri.IsHexDigit((char)line[i]); i++)
        {
            if (i == 15) throw new MalformedChunkedException("chunk-size too long");
            int c = line[i] | 0x20;                                        // lower-case a-f
            size = size * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        if (i == 0) throw new MalformedChunkedException("missing chunk-size");
        int afterDigits = i;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t') i++;   // BWS
        if (i == line.Length && i == afterDigits) return size;
        if (i < line.Length && line[i] == ';') return size;
        throw new MalformedChunkedException("invalid chunk-size line");
    }

    // field-line = field-name ":" OWS field-value OWS ; no whitespace before the colon (RFC 9112 §5.1)
    private static KeyValuePair<string, string> ParseFieldLine(ReadOnlySpan<byte> line)
    {
        int colon = line.IndexOf((byte)':');
        if (colon <= 0 || line[colon - 1] is (byte)' ' or (byte)'\t')
            throw new MalformedChunkedException("invalid trailer field");
        var name = Encoding.ASCII.GetString(line[..colon]);
        var value = Encoding.ASCII.GetString(line[(colon + 1)..]).Trim(' ', '\t');
        return new(name, value);
    }

    // Lines end in CRLF. A bare LF is rejected rather than accepted (RFC 9112 §2.2 allows either).
    private static ReadOnlySpan<byte> ReadLine(ReadOnlySpan<byte> input, ref int pos)
    {
        int lf = input[pos..].IndexOf((byte)'\n');
        if (lf < 0) throw new MalformedChunkedException("truncated line");
        if (lf == 0 || input[pos + lf - 1] != '\r') throw new MalformedChunkedException("bare LF");
        var line = input.Slice(pos, lf - 1);
        pos += lf + 1;
        return line;
    }
    // </Decode>
}
