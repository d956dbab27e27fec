using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Offline;

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
