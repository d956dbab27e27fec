using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Writes the files that are not pages (assets, search index, book, sitemap, figures) into the staging folder, in
/// parallel; the pages are there already (<see cref="WritePages"/>). Creating files in one folder per worker and
/// renaming them into place was measured and made no difference within the noise (cold medians 6.09 s with it, 6.25 s
/// without), so it went.
/// </summary>
public sealed class WriteFiles : IModule
{
    public string Phase => "write";

    public IReadOnlyList<Product> Needs => [Products.StagedPages, Products.ValidatedLinks, Products.SiteFiles, Products.OfflineBook];

    public IReadOnlyList<Product> Produces => [];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var staging = context.StagingDir;
        var previous = StagedFile.Previous(context);
        Parallel.ForEach(context.ExtraFiles, file =>
        {
            var (path, bytes) = (file.Key, file.Value);
            if (ReferenceEquals(bytes, BuildContext.KeepPrevious))
            {
                // serve: the previous build's book or archive stays until the full build that follows replaces it.
                var kept = Path.Combine(Path.GetFullPath(context.Options.OutputDir), path);
                var target = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (previous is not null && File.Exists(kept) && StagedFile.Link(kept, target)) return;
                bytes = File.Exists(kept) ? File.ReadAllBytes(kept) : [];
            }

            StagedFile.Write(staging, previous, path, bytes);
        });
        return documents;
    }
}
