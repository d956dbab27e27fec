using System.IO.Compression;
using UnderLoad.Generator.Offline;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Offline;

/// <summary>
/// A small site's pages are deflated for the archive as they are written; `serve`'s (and a large site's) are read back
/// from the staging folder when the archive is written. Both ways, the archive holds the same files with the same bytes.
/// </summary>
public sealed class PackSiteArchiveTests : IDisposable
{
    private readonly TestSite _site = new();

    private static List<(string Name, string Bytes)> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return (e.FullName, Convert.ToHexString(bytes.ToArray()));
        }).ToList();
    }

    [Fact]
    public void Pages_deflated_as_they_are_written_and_pages_read_back_make_the_same_archive()
    {
        _site.Write("topics/01-a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText and the [archive](../under-load.zip).\n");
        _site.Write("topics/02-b.md", TestSite.Page("Topic B", "About B.", 2) + "\nMore text.\n");
        var written = _site.Build();
        Assert.True(written.Succeeded, string.Join("\n", written.Diagnostics));
        var deflatedAsWritten = Entries(Path.Combine(_site.Output, OfflineFiles.Archive));

        // With serve's memo the archive's entries are stored, not deflated, so its pages are read back from the staging folder.
        var readBack = SiteBuilder.Build(_site.Options() with { Memo = new Memo() });
        Assert.True(readBack.Succeeded, string.Join("\n", readBack.Diagnostics));

        Assert.Equal(deflatedAsWritten, Entries(Path.Combine(_site.Output, OfflineFiles.Archive)));
        var page = deflatedAsWritten.Single(e => e.Name == PackSiteArchive.Folder + "topics/01-a.html").Bytes;
        // The archive cannot hold itself: in it, the page links to the hosted one.
        Assert.Contains(Convert.ToHexString("href=\"https://example.test/under-load.zip\""u8), page);
    }

    public void Dispose() => _site.Dispose();
}
