using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

/// <summary>The files that carry the handbook off the site: one HTML file, the whole site zipped, the printed book.</summary>
public static class OfflineFiles
{
    /// <summary>Every page in reading order in one self-contained file (written by <see cref="BuildOfflineBook"/>).</summary>
    public const string Book = "under-load.html";

    /// <summary>The whole multi-page site for reading from file:// (written by <see cref="PackSiteArchive"/>).</summary>
    public const string Archive = "under-load.zip";

    /// <summary>The single file printed by Chromium (the <c>pdf</c> verb; never part of a plain build).</summary>
    public const string Pdf = "under-load.pdf";
}

/// <summary>
/// Adds: placeholders for under-load.html and under-load.zip in the build's files, so a page may link to them
/// and <c>ValidateLinks</c> accepts those links; <see cref="BuildOfflineBook"/> and <see cref="PackSiteArchive"/>
/// replace them with the real bytes later in the same run.
/// </summary>
public sealed class ReserveOfflineFiles : IModule
{
    public string Phase => "offline";

    public IReadOnlyList<Product> Needs => [];

    public IReadOnlyList<Product> Produces => [Products.OfflinePaths];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        context.ExtraFiles.TryAdd(OfflineFiles.Book, []);
        context.ExtraFiles.TryAdd(OfflineFiles.Archive, []);
        return documents;
    }
}
