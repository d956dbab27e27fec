using System.IO.Compression;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>
/// The same sources build to the same bytes, in git or not: the book's date and the archive's timestamps come from the
/// sources (last commit, SOURCE_DATE_EPOCH, or the newest file of input/), never from the clock.
/// </summary>
public sealed class ReproducibleBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Outside_git_the_archive_and_the_book_are_dated_by_the_newest_input_file()
    {
        _site.Write("topics/01-a.md", TestSite.Page("A", "S.", topic: 1) + "\nText.\n");
        var newest = new DateTime(2025, 3, 4, 5, 6, 8, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, newest.AddDays(-3));
        File.SetLastWriteTimeUtc(Path.Combine(_site.Input, "topics", "01-a.md"), newest);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using (var zip = ZipFile.OpenRead(Path.Combine(_site.Output, "under-load.zip")))
        {
            Assert.All(zip.Entries, e => Assert.Equal(newest, e.LastWriteTime.DateTime));
        }

        Assert.Contains("4 March 2025", _site.ReadOutput("under-load.html"));
    }

    [Fact]
    public void Two_builds_of_the_same_sources_outside_git_write_the_same_bytes()
    {
        _site.Write("topics/01-a.md", TestSite.Page("A", "S.", topic: 1) + "\nText.\n");
        Assert.True(_site.Build().Succeeded);
        var first = _site.SnapshotOutput();
        Thread.Sleep(2100); // past the two-second resolution of zip timestamps: a clock read would show

        Assert.True(_site.Build().Succeeded);

        Assert.Equal(first, _site.SnapshotOutput());
    }
}
