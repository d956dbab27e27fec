using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Checks, once all pages are rendered, that every internal link reaches a page or file of the site and
/// every #anchor an element on the target page. Each broken one is an error at the markdown's path:line.
/// </summary>
public sealed class ValidateLinks : IModule
{
    public string Phase => "post-process";

    public IReadOnlyList<Product> Needs => [Products.LayoutLinks];

    public IReadOnlyList<Product> Produces => [Products.ValidatedLinks];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var pages = documents.ToDictionary(d => d.OutputPath, d => d.Structure?.Ids ?? [], StringComparer.Ordinal);
        var input = Path.GetFullPath(context.Options.InputDir);
        // A page that failed earlier in the build is not in the site: links to it are not new problems.
        var failed = context.Diagnostics.Errors.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var link in doc.Structure?.Links ?? [])
            {
                var where = link.FromContent ? doc.DisplayPath : $"theme/layouts/{doc.Layout}.liquid (on {doc.OutputPath})";
                if (link.TargetFile is not null)
                {
                    if (!File.Exists(link.TargetFile) && !Directory.Exists(link.TargetFile))
                    {
                        context.Diagnostics.Error(where, link.Line, $"broken link '{link.Href}': no such file {Path.GetRelativePath(Path.GetDirectoryName(input)!, link.TargetFile)}",
                            "links are relative to the markdown file; check the path.");
                    }

                    continue;
                }

                var target = link.TargetOutputPath!;
                if (target.EndsWith('/') || target.Length == 0) target += "index.html";
                if (pages.TryGetValue(target, out var ids))
                {
                    if (link.Fragment is { Length: > 0 } fragment && !ids.Contains(fragment))
                    {
                        var near = Suggest.Closest(ids, fragment);
                        var onPage = target == doc.OutputPath ? "this page" : target;
                        context.Diagnostics.Error(where, link.Line, $"broken anchor '{link.Href}': {onPage} has no heading or element with id '{fragment}'",
                            near is null ? "anchors are heading ids: lowercase, spaces become '-', punctuation is dropped." : $"did you mean '#{near}'?");
                    }

                    continue;
                }

                if (context.ExtraFiles.ContainsKey(target) || File.Exists(Path.Combine(context.StagingDir, target)))
                {
                    continue;
                }

                // A page that failed earlier is missing from the site: its own error says why, the links to it need not.
                if (SourcesOf(target).Any(source => failed.Contains(context.Options.Display(source)))) continue;
                var nearPage = Suggest.Closest(pages.Keys, target);
                var isFile = Path.GetExtension(target) is { Length: > 0 } ext && ext != ".html";
                context.Diagnostics.Error(where, link.Line, $"broken link '{link.Href}': there is no page or file '{target}' in the site",
                    isFile ? $"images and other files go in {context.Options.Display(CopyStaticFiles.Folder)}/ and are linked relative to the page, e.g. ![what it shows](../{CopyStaticFiles.Folder}/name.png)."
                    : nearPage is null ? "link to another page by its .md file, relative to this one." : $"did you mean '{Path.ChangeExtension(nearPage, ".md")}'?");
            }
        }

        // Checked: the lists of links and ids are not needed further on.
        return documents.Select(d => d with { Structure = d.Structure is null ? null : d.Structure with { Ids = [], Links = [] } }).ToList();
    }

    /// <summary>The markdown files that publish at an output path (a folder's index.html is its index.md or README.md).</summary>
    private static IEnumerable<string> SourcesOf(string target)
    {
        yield return Path.ChangeExtension(target, ".md");
        if (Path.GetFileName(target) == "index.html") yield return target[..^"index.html".Length] + "README.md";
    }
}
