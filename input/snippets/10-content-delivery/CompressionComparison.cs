using System.IO.Compression;

namespace UnderLoad.Snippets.ContentDelivery;

public sealed record CompressionResult(string Codec, int Level, int OriginalBytes, int CompressedBytes)
{
    public double Ratio => (double)OriginalBytes / CompressedBytes;
    public double Saved => 1 - (double)CompressedBytes / OriginalBytes;
}

public static class CompressionComparison
{
    // <Compress>
    // gzip (DEFLATE, RFC 1952) levels 1-9 and Brotli (RFC 7932) quality 0-11, set explicitly:
    // "Optimal"/"Fastest" map to different levels per codec and per .NET version.
    public static byte[] Gzip(ReadOnlySpan<byte> input, int level)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = level }))
            gzip.Write(input);
        return output.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> input, int quality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(input.Length)];
        // window 22 = 4 MiB, the encoder's default (lgwin)
        return BrotliEncoder.TryCompress(input, output, out int written, quality, window: 22)
            ? output[..written]
            : throw new InvalidOperationException("Brotli output buffer too small.");
    }
    // </Compress>

    public static byte[] Gunzip(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static byte[] Unbrotli(byte[] compressed)
    {
        using var input = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static IReadOnlyList<CompressionResult> Compare(byte[] input,
        IEnumerable<int> gzipLevels, IEnumerable<int> brotliQualities)
    {
        var rows = new List<CompressionResult>();
        foreach (var l in gzipLevels) rows.Add(new("gzip", l, input.Length, Gzip(input, l).Length));
        foreach (var q in brotliQualities) rows.Add(new("br", q, input.Length, Brotli(input, q).Length));
        return rows;
    }
}
