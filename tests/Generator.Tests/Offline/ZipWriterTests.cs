using System.IO.Compression;
using System.Text;
using UnderLoad.Generator.Offline;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>The site archive's writer: what it writes, a standard zip reader reads back, byte for byte.</summary>
public sealed class ZipWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ul-zipwriter-").FullName;

    [Theory]
    [InlineData(CompressionLevel.Optimal)]
    [InlineData(CompressionLevel.NoCompression)]
    public void A_zip_reader_gets_back_every_name_byte_and_date(CompressionLevel level)
    {
        var noise = new byte[50_000];
        new Random(7).NextBytes(noise); // does not deflate: stored
        var files = new Dictionary<string, byte[]>
        {
            ["under-load/index.html"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Under load, queues grow.</p>\n", 2000))),
            ["under-load/topics/09-http-caching.html"] = Encoding.UTF8.GetBytes("<h1>Caching — “quoted”, ünïcödé</h1>"),
            ["under-load/assets/empty.txt"] = [],
            ["under-load/assets/noise.bin"] = noise,
            ["under-load/naïve/ページ.html"] = Encoding.UTF8.GetBytes("名前"),
        };
        var path = Path.Combine(_dir, "site.zip");
        var modified = new DateTime(2026, 11, 25, 6, 36, 33);

        ZipWriter.Write(path, files.Select(f => new ZipWriter.Entry(f.Key, () => f.Value)).ToList(), modified, level);

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.Equal(files[entry.FullName], bytes.ToArray());
            Assert.Equal(new DateTime(2026, 11, 25, 6, 36, 32), entry.LastWriteTime.DateTime); // two-second resolution
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(files[entry.FullName]), entry.Crc32);
        }

        var text = zip.GetEntry("under-load/index.html")!;
        if (level == CompressionLevel.Optimal) Assert.True(text.CompressedLength * 10 < text.Length, "repetitive HTML deflates");
        else Assert.Equal(text.Length, text.CompressedLength);
        Assert.Equal(noise.Length, zip.GetEntry("under-load/assets/noise.bin")!.CompressedLength);
    }

    [Fact]
    public void The_same_entries_make_the_same_bytes()
    {
        var entries = Enumerable.Range(0, 200).Select(i => new ZipWriter.Entry($"p/{i}.html", () => Encoding.UTF8.GetBytes($"<p>page {i}</p>"))).ToList();
        ZipWriter.Write(Path.Combine(_dir, "a.zip"), entries, new DateTime(2026, 1, 2), CompressionLevel.Optimal);
        ZipWriter.Write(Path.Combine(_dir, "b.zip"), entries, new DateTime(2026, 1, 2), CompressionLevel.Optimal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a.zip")), File.ReadAllBytes(Path.Combine(_dir, "b.zip")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
