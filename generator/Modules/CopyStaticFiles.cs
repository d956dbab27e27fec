using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the files of input/images/ (PNG, SVG, any file a page shows or links) to the site under fingerprinted names
/// (images/queue.png → assets/images/queue.1a2b3c4d5e.png, cached as immutable like the theme's assets). Pages link
/// them relative to the markdown (<c>![alt](../images/queue.png)</c>); RenderMarkdown rewrites the link, the link
/// check knows them, and the offline book inlines them.
/// </summary>
public sealed class CopyStaticFiles : IModule
{
    /// <summary>The folder under input/ whose files are copied.</summary>
    public const string Folder = "images";

    public string Phase => "read";

    public IReadOnlyList<Product> Needs => [];

    public IReadOnlyList<Product> Produces => [Products.StaticFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var root = Path.Combine(context.Options.InputDir, Folder);
        if (!Directory.Exists(root)) return documents;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(context.Options.InputDir, file).Replace('\\', '/');
            if (Path.GetFileName(file).StartsWith('.')) continue;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Error(context.Options.Display(relative), 0, $"cannot read the file: {e.Message}", "check the file's permissions.");
                continue;
            }

            var output = FingerprintAssets.Add(context, relative, bytes); // images/queue.png → assets/images/queue.<hash>.png
            context.StaticFiles[relative] = output;
        }

        return documents;
    }
}
