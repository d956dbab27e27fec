using System.Globalization;
using System.IO.Compression;

namespace UnderLoad.Generator.Offline;

/// <summary>What the offline files weigh, as the build and pdf commands report it.</summary>
public static class OfflineSizes
{
    /// <summary>One line per offline file in the output folder; none for a file that is not there.</summary>
    public static IEnumerable<string> Describe(string outputDir, PdfFacts? pdf = null)
    {
        var book = Path.Combine(outputDir, OfflineFiles.Book);
        if (File.Exists(book))
        {
            var bytes = File.ReadAllBytes(book);
            yield return $"{OfflineFiles.Book}: {Bytes(bytes.Length)} ({Bytes(Gzipped(bytes))} gzipped) — every page in one file";
        }

        var archive = Path.Combine(outputDir, OfflineFiles.Archive);
        if (File.Exists(archive)) yield return $"{OfflineFiles.Archive}: {Bytes(new FileInfo(archive).Length)} — the whole site for file://";

        var printed = Path.Combine(outputDir, OfflineFiles.Pdf);
        if (pdf is not null && File.Exists(printed))
        {
            yield return $"{OfflineFiles.Pdf}: {pdf.Pages} pages, {Bytes(new FileInfo(printed).Length)}, {pdf.Outline.Count} top-level bookmarks";
        }
    }

    public static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.Length;
    }

    private static string Bytes(long n) => n.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
