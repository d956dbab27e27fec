using System.IO.Compression;
using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Adds: output/under-load.zip — the whole multi-page site as this run writes it (every page and file, the
/// single-file book included; not the archive itself, not a PDF), under one folder, under-load/. Unzipped, its
/// index.html reads from file:// with search, as output/ does. Runs just before WriteFiles, once every file exists,
/// and streams the archive straight into the staging folder (<see cref="ArchiveWriter"/>: a few pages deflated ahead
/// of the one written, on every core), so a large site is never held in memory twice.
/// </summary>
public sealed class PackSiteArchive : IModule
{
    public const string Folder = "under-load/";
    private static readonly UTF8Encoding Utf8 = new(false);
    /// <summary>
    /// Above this many pages the archive is deflated at the fastest level. Compressing is the last thing a build waits for
    /// (measured when it ran on one core): at 3000 pages (80 MB) Optimal kept a 2-core build waiting ~0.8 s longer for a 26% smaller download
    /// (17.2 against 23.4 MB). A site of this handbook's size (40 pages: 1.5 MB at Optimal, 2.1 MB at Fastest) keeps Optimal.
    /// </summary>
    public const int FastestAbovePages = 1000;

    public string Phase => "offline";

    public IReadOnlyList<Product> Needs => [Products.StagedPages, Products.ValidatedLinks, Products.SiteFiles, Products.OfflineBook];

    public IReadOnlyList<Product> Produces => [Products.Archive];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Diagnostics.HasErrors) return documents;
        if (context.Options.KeepPreviousOfflineFiles)
        {
            context.ExtraFiles[OfflineFiles.Archive] = BuildContext.KeepPrevious;
            return documents;
        }

        // The archive cannot hold itself: its pages link to the hosted one.
        var hosted = $"href=\"{context.BaseUrl}/{OfflineFiles.Archive}\"";
        var files = documents.Select(d => (Path: d.OutputPath, Page: (Document?)d, Bytes: (byte[]?)null))
            .Concat(context.ExtraFiles.Where(kv => kv.Key is not OfflineFiles.Archive and not OfflineFiles.Pdf
                && !kv.Key.StartsWith("assets/social/", StringComparison.Ordinal)) // link previews: nothing a reader on disk opens
                .Select(kv => (Path: kv.Key, Page: (Document?)null, Bytes: (byte[]?)kv.Value)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        // One timestamp for every entry (the newest page's date): the same commit zips to the same bytes.
        var stamp = BuildOfflineBook.BuiltOn(documents, context);
        if (stamp.Year < 1980) stamp = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Compressing takes a while; WriteFiles, next, mostly waits on the file system: overlap them.
        var archive = Path.Combine(context.StagingDir, OfflineFiles.Archive);
        // `serve` stores the entries instead: it rebuilds on every save, and the preview's archive only has to be right.
        var level = context.Options.KeepCaches ? CompressionLevel.NoCompression
            : documents.Count > FastestAbovePages ? CompressionLevel.Fastest : CompressionLevel.Optimal;
        var staging = context.StagingDir;
        context.Background.Add(SideThread.Start(() => Write(archive, files, stamp, hosted, level, staging)));

        // The task writes it: WriteFiles must not replace it with the placeholder ReserveOfflineFiles left.
        context.ExtraFiles.TryRemove(OfflineFiles.Archive, out _);
        return documents;
    }

    private static void Write(string archive, List<(string Path, Document? Page, byte[]? Bytes)> files, DateTimeOffset stamp, string hosted, CompressionLevel level, string staging)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        var hostedBytes = Utf8.GetBytes(hosted);
        // A page is read back from the staging folder as bytes (WritePages let its text go), its links to the archive
        // pointed at the hosted one.
        byte[] Content((string Path, Document? Page, byte[]? Bytes) file)
        {
            if (file.Page is not { } page) return file.Bytes!;
            var content = page.Staged ? File.ReadAllBytes(System.IO.Path.Combine(staging, page.OutputPath)) : Utf8.GetBytes(page.Content);
            return Replace(content, Utf8.GetBytes($"href=\"{page.RootPrefix}{OfflineFiles.Archive}\""), hostedBytes);
        }

        try
        {
            using var file = new FileStream(archive, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            ArchiveWriter.Write(file, files.Select(f => new ArchiveWriter.Entry(Folder + f.Path, () => Content(f))).ToList(), stamp, level);
        }
        catch (ArchiveTooLargeException)
        {
            // Zip64 (65,535 files, 4 GB): ZipArchive writes it, one entry after the other.
            using var file = new FileStream(archive, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var zip = new ZipArchive(file, ZipArchiveMode.Create);
            foreach (var f in files)
            {
                var entry = zip.CreateEntry(Folder + f.Path, level);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(Content(f));
            }
        }
    }

    /// <summary><paramref name="content"/> with every <paramref name="find"/> replaced by <paramref name="replacement"/>.</summary>
    internal static byte[] Replace(byte[] content, ReadOnlySpan<byte> find, ReadOnlySpan<byte> replacement)
    {
        var rest = content.AsSpan();
        var at = rest.IndexOf(find);
        if (at < 0) return content;
        var result = new MemoryStream(content.Length + replacement.Length);
        for (; at >= 0; at = rest.IndexOf(find))
        {
            result.Write(rest[..at]);
            result.Write(replacement);
            rest = rest[(at + find.Length)..];
        }

        result.Write(rest);
        return result.ToArray();
    }
}
