using System.IO.Compression;
using System.Text;
using UnderLoad.Generator.Offline;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>
/// The archive's entries are deflated on several threads, but the file is the one ZipArchive writes: same headers, same
/// deflated bytes, same order, byte for byte, at every level the build uses.
/// </summary>
public class ArchiveWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 12, 1, 13, 37, 42, TimeSpan.Zero);

    /// <summary>Text, an empty file, a name with non-ASCII letters, a file that does not compress, and a large one.</summary>
    private static List<(string Name, byte[] Bytes)> Files()
    {
        var random = new Random(7);
        var noise = new byte[70_000];
        random.NextBytes(noise);
        var text = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => $"<p>line {i} of a page under load, {random.Next()}</p>"));
        return
        [
            ("site/404.html", "<!doctype html><title>Not found</title>"u8.ToArray()),
            ("site/_headers", []),
            ("site/assets/café-menü.css", Encoding.UTF8.GetBytes("body { font: 1rem sans-serif }")),
            ("site/assets/noise.bin", noise),
            ("site/pages/long.html", Encoding.UTF8.GetBytes(text)),
        ];
    }

    [Theory]
    [InlineData(ArchiveWriter.Optimal)]
    [InlineData(ArchiveWriter.Fastest)]
    [InlineData(ArchiveWriter.Stored)]
    public void Writes_the_bytes_ZipArchive_writes(int level)
    {
        var files = Files();
        var expected = new MemoryStream();
        using (var zip = new ZipArchive(expected, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                var entry = zip.CreateEntry(name, ArchiveWriter.ZipArchiveLevel(level));
                entry.LastWriteTime = Stamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        var actual = new MemoryStream();
        ArchiveWriter.Write(actual, files.Select(f => new ArchiveWriter.Entry(f.Name, () => f.Bytes)).ToList(), Stamp, level);

        Assert.Equal(expected.ToArray(), actual.ToArray());
        using var read = new ZipArchive(new MemoryStream(actual.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(files.Select(f => f.Name), read.Entries.Select(e => e.FullName));
        var long_ = new MemoryStream();
        read.GetEntry("site/pages/long.html")!.Open().CopyTo(long_);
        Assert.Equal(files[4].Bytes, long_.ToArray());
    }

    [Fact]
    public void Refuses_an_archive_that_needs_Zip64()
    {
        var entries = Enumerable.Range(0, ushort.MaxValue).Select(i => new ArchiveWriter.Entry($"f{i}", () => [])).ToList();
        Assert.Throws<ArchiveTooLargeException>(() => ArchiveWriter.Write(new MemoryStream(), entries, Stamp, ArchiveWriter.Fastest));
    }

    [Fact]
    public void The_balanced_level_reads_back_the_same_files_and_is_nearly_as_small_as_optimal()
    {
        var files = Files();
        byte[] Archive(int level)
        {
            var archive = new MemoryStream();
            ArchiveWriter.Write(archive, files.Select(f => new ArchiveWriter.Entry(f.Name, () => f.Bytes)).ToList(), Stamp, level);
            return archive.ToArray();
        }

        var balanced = Archive(ArchiveWriter.Balanced);
        using (var read = new ZipArchive(new MemoryStream(balanced), ZipArchiveMode.Read))
        {
            Assert.Equal(files.Select(f => f.Name), read.Entries.Select(e => e.FullName));
            foreach (var (name, bytes) in files)
            {
                var entry = read.GetEntry(name)!;
                Assert.Equal(Stamp.DateTime, entry.LastWriteTime.DateTime);
                var content = new MemoryStream();
                entry.Open().CopyTo(content);
                Assert.Equal(bytes, content.ToArray());
            }
        }

        // Between the fastest level and the optimal one, nearer the optimal.
        var (fastest, optimal) = (Archive(ArchiveWriter.Fastest).Length, Archive(ArchiveWriter.Optimal).Length);
        Assert.InRange(balanced.Length, optimal, optimal + (fastest - optimal) / 2);
    }
}
