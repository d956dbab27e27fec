using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the 404 page. It is served for any missing URL at any depth, so its links are rooted at the
/// base URL's path instead of relative.
/// </summary>
public sealed class AddGeneratedPages : IModule
{
    public string Phase => "layout";

    public IReadOnlyList<Product> Needs => [Products.BodyHtml];

    public IReadOnlyList<Product> Produces => [Products.GeneratedPages];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (documents.Any(d => d.OutputPath == "404.html"))
        {
            // The site's own 404.md (mdBook's convention) is the not-found page: out of search and the sitemap like ours.
            return documents.Select(d => d.OutputPath == "404.html" ? d with { NoIndex = true } : d).ToList();
        }

        var basePath = context.BasePath;
        var notFound = new Document
        {
            SourcePath = Path.Combine(context.Options.ThemeDir, "layouts", "page.liquid"),
            RelativePath = "404.md",
            OutputPath = "404.html",
            Content = $"<p>There is no page at this address. It may have moved when the handbook was reorganised.</p>\n" +
                      $"<p><a href=\"{basePath}index.html\">Start from the contents</a>, or use the search above.</p>\n",
            FrontMatter = new FrontMatter { Title = "Page not found", Summary = "There is no page at this address." },
            AbsoluteRoot = basePath,
            NoIndex = true,
        };
        // Written here, not from markdown: its one link is recorded for validation like any other.
        var outline = new Rendering.PageOutline(notFound, context);
        outline.Link($"{basePath}index.html", 0, fromContent: false);
        return [.. documents, notFound with { Structure = new PageStructure(outline.Ids, outline.Links, null, null) }];
    }
}
