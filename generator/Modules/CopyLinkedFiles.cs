using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: every file of the input folder a page links to that is not a page (an image beside the page, an example
/// source file), copied to the same path in the site, as mdBook and MkDocs publish them. Files of input/images/ are
/// already there under fingerprinted names (<see cref="CopyStaticFiles"/>); a link to a file that does not exist is
/// left for <see cref="ValidateLinks"/> to report.
/// </summary>
public sealed class CopyLinkedFiles : IModule
{
    public string Phase => "post-process";

    public IReadOnlyList<Product> Needs => [Products.LayoutLinks, Products.StaticFiles];

    public IReadOnlyList<Product> Produces => [Products.LinkedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var pages = documents.Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        var input = Path.GetFullPath(context.Options.InputDir);
        var targets = documents.SelectMany(d => d.Structure?.Links ?? []).Select(l => l.TargetOutputPath)
            .Where(t => !string.IsNullOrEmpty(t) && !t.EndsWith('/') && !pages.Contains(t) && !context.ExtraFiles.ContainsKey(t) && !t.StartsWith("../", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var source = Path.GetFullPath(Path.Combine(input, target!));
            if (!source.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(source)) continue;
            var ext = Path.GetExtension(source);
            if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase)) continue;
            if (File.Exists(Path.Combine(context.StagingDir, target!))) continue;
            try
            {
                context.ExtraFiles[target!] = File.ReadAllBytes(source);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Error(context.Options.Display(target!), 0, $"cannot read the file: {e.Message}", "check the file's permissions.");
            }
        }

        return documents;
    }
}
