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
    /// (17.2 against 23.4 MB). A smaller site is deflated at <see cref="ArchiveWriter.Balanced"/>: 2% larger than at
    /// Optimal in less than half the CPU (a 300-page build uses 3% less CPU, bench/Build); the handbook's 40 pages are 1.5 MB.
    /// </summary>
    public const int FastestAbovePages = 1000;

    public string Phase => "offline";

    public IReadOnlyList<Product> Needs => [Products.StagedPages, Products.ArchiveEntries, Products.ValidatedLinks, Products.SiteFiles, Products.OfflineBook];

    public IReadOnlyList<Product> Produces => [Products.Archive];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Diagnostics.HasErrors) return documents;
        if (context.Options.KeepPreviousOfflineFiles)
        {
            context.ExtraFiles[OfflineFiles.Archive] = BuildContext.KeepPrevious;
            return documents;
        }

        // A class, not a tuple: LINQ over a value type is generic code ReadyToRun cannot precompile (~80 methods
        // JIT-compiled on the main thread near the end of every build).
        var files = new List<ArchiveFile>(documents.Count + context.ExtraFiles.Count);
        foreach (var document in documents) files.Add(new ArchiveFile(document.OutputPath, document, null));
        foreach (var (path, bytes) in context.ExtraFiles)
        {
            // Not the archive or the PDF, and not the link previews: nothing a reader on disk opens.
            if (path is OfflineFiles.Archive or OfflineFiles.Pdf || path.StartsWith("assets/social/", StringComparison.Ordinal)) continue;
            files.Add(new ArchiveFile(path, null, bytes));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        // One timestamp for every entry (the newest page's date): the same commit zips to the same bytes.
        var stamp = BuildOfflineBook.BuiltOn(documents, context);
        if (stamp.Year < 1980) stamp = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Compressing takes a while; WriteFiles, next, mostly waits on the file system: overlap them.
        var archive = Path.Combine(context.StagingDir, OfflineFiles.Archive);
        var level = Level(documents.Count, context);
        // A small site's pages were deflated as they were written (at this level); the others are read back now.
        var ready = context.Get(Products.ArchiveEntries) is { } entries && entries.Level == level ? entries : null;
        var staging = context.StagingDir;
        context.Background.Add(SideThread.Start(() => Write(archive, files, stamp, level, ready, staging, context)));

        // The task writes it: WriteFiles must not replace it with the placeholder ReserveOfflineFiles left.
        context.ExtraFiles.TryRemove(OfflineFiles.Archive, out _);
        return documents;
    }

    /// <summary>
    /// The archive's zlib level: Balanced, Fastest above <see cref="FastestAbovePages"/> pages, and stored for `serve`,
    /// which rebuilds on every save and whose preview archive only has to be right.
    /// </summary>
    private static int Level(int pages, BuildContext context) =>
        context.Options.KeepCaches ? ArchiveWriter.Stored : pages > FastestAbovePages ? ArchiveWriter.Fastest : ArchiveWriter.Balanced;

    /// <summary>What <see cref="WritePages"/> deflates for the archive as it writes a site of <paramref name="pages"/> pages.</summary>
    internal static ArchiveEntries Entries(int pages, BuildContext context)
    {
        var level = Level(pages, context);
        return new ArchiveEntries(level, deflating: level == ArchiveWriter.Balanced && !context.Options.KeepPreviousOfflineFiles);
    }

    /// <summary>A page's archive entry from its bytes: the archive cannot hold itself, so its links to it go to the hosted one.</summary>
    internal static ArchiveWriter.Deflated Deflate(Document page, byte[] bytes, int level, BuildContext context) =>
        ArchiveWriter.Deflate(Folder + page.OutputPath, ArchiveBytes(page, bytes, context), level);

    private static byte[] ArchiveBytes(Document page, byte[] bytes, BuildContext context) =>
        Replace(bytes, Utf8.GetBytes($"href=\"{page.RootPrefix}{OfflineFiles.Archive}\""), Utf8.GetBytes($"href=\"{context.BaseUrl}/{OfflineFiles.Archive}\""));

    private static void Write(string archive, List<ArchiveFile> files, DateTimeOffset stamp, int level,
        ArchiveEntries? ready, string staging, BuildContext context)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        // A page not deflated yet is read back from the staging folder as bytes (WritePages let its text go).
        byte[] Content(ArchiveFile file) => file.Page is not { } page ? file.Bytes!
            : ArchiveBytes(page, page.Staged ? File.ReadAllBytes(System.IO.Path.Combine(staging, page.OutputPath)) : Utf8.GetBytes(page.Content), context);

        try
        {
            using var file = new FileStream(archive, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            var entries = new List<ArchiveWriter.Entry>(files.Count);
            foreach (var f in files) entries.Add(new ArchiveWriter.Entry(Folder + f.Path, () => Content(f), f.Page is null ? null : ready?.For(f.Path)));
            ArchiveWriter.Write(file, entries, stamp, level);
        }
        catch (ArchiveTooLargeException)
        {
            // Zip64 (65,535 files, 4 GB): ZipArchive writes it, one entry after the other, at the nearest level it has.
            using var file = new FileStream(archive, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var zip = new ZipArchive(file, ZipArchiveMode.Create);
            foreach (var f in files)
            {
                var entry = zip.CreateEntry(Folder + f.Path, ArchiveWriter.ZipArchiveLevel(level));
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(Content(f));
            }
        }
    }

    /// <summary><paramref name="content"/> with every <paramref name="find"/> replaced by <paramref name="replacement"/>.</summary>
    private static byte[] Replace(byte[] content, ReadOnlySpan<byte> find, ReadOnlySpan<byte> replacement)
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

    /// <summary>A file of the archive: a page (read back or deflated already) or another file's bytes.</summary>
    private sealed record ArchiveFile(string Path, Document? Page, byte[]? Bytes);
}
