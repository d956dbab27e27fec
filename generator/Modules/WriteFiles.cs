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
        // Parallel.For over an array of keys, not Parallel.ForEach over the dictionary's (value type) pairs: that is
        // generic code ReadyToRun cannot precompile, ~30 methods JIT-compiled at the end of every build.
        var paths = context.ExtraFiles.Keys.ToArray();
        Parallel.For(0, paths.Length, i =>
        {
            var path = paths[i];
            if (!context.ExtraFiles.TryGetValue(path, out var bytes)) return;
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
