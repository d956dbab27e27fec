using UnderLoad.Generator.Site;
using System.Security;
using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds the site-wide files: sitemap.xml (absolute URLs from the base URL), robots.txt and _headers
/// (security and caching headers for Netlify and `serve`).
/// </summary>
public sealed class WriteSiteFiles : IModule
{
    public string Phase => "write";

    public IReadOnlyList<Product> Needs => [Products.LaidOutPages, Products.GitHistory, Products.OfflineBook];

    public IReadOnlyList<Product> Produces => [Products.SiteFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var doc in documents.Where(d => !d.NoIndex).OrderBy(d => d.OutputPath, StringComparer.Ordinal))
        {
            var path = doc.OutputPath == "index.html" ? "" : doc.OutputPath[..^".html".Length];
            sitemap.Append("  <url><loc>").Append(SecurityElement.Escape($"{context.BaseUrl}/{path}")).Append("</loc>");
            if (doc.LastUpdated is { } date)
            {
                sitemap.Append("<lastmod>").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            sitemap.Append("</url>\n");
        }

        sitemap.Append("</urlset>\n");
        context.ExtraFiles["sitemap.xml"] = Encoding.UTF8.GetBytes(sitemap.ToString());
        context.ExtraFiles["robots.txt"] = Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {context.BaseUrl}/sitemap.xml\n");
        context.ExtraFiles["_headers"] = Encoding.UTF8.GetBytes(SecurityHeaders.HeadersFile(SecurityHeaders.Policy(context.InlineStyleHashes.Keys)));
        return documents;
    }
}
