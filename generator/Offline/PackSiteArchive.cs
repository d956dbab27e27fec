using System.IO.Compression;
using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Adds: output/under-load.zip — the whole multi-page site as this run writes it (every page and file, the
/// single-file book included; not the archive itself, not a PDF), under one folder, under-load/. Unzipped, its
/// index.html reads from file:// with search, as output/ does. Runs just before WriteFiles, once every file exists.
/// </summary>
public sealed class PackSiteArchive : IModule
{
    public const string Folder = "under-load/";
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Phase => "offline";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Diagnostics.HasErrors) return documents;
        // The archive cannot hold itself: its pages link to the hosted one.
        var hosted = $"href=\"{context.BaseUrl}/{OfflineFiles.Archive}\"";
        var files = documents.Select(d => (Path: d.OutputPath, Bytes: Utf8.GetBytes(d.Content.Replace($"href=\"{d.RootPrefix}{OfflineFiles.Archive}\"", hosted, StringComparison.Ordinal))))
            .Concat(context.ExtraFiles.Where(kv => kv.Key is not OfflineFiles.Archive and not OfflineFiles.Pdf).Select(kv => (Path: kv.Key, Bytes: kv.Value)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        // One timestamp for every entry (the newest page's date): the same commit zips to the same bytes.
        var stamp = BuildOfflineBook.BuiltOn(documents);
        if (stamp.Year < 1980) stamp = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files)
            {
                var entry = zip.CreateEntry(Folder + path, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        context.ExtraFiles[OfflineFiles.Archive] = buffer.ToArray();
        return documents;
    }
}
