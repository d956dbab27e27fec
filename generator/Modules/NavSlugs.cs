using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Each page's slug, unique in the site: its file name without the extension (<c>topics/09-http-caching.html</c> →
/// <c>09-http-caching</c>), or, when two pages share a name (two folders' <c>index.html</c>, two <c>preprocessors.md</c>),
/// its path with '-' for '/' (<c>cli-index</c>). Book sections and related links are keyed by it.
/// </summary>
public static class NavSlugs
{
    public static Dictionary<string, string> For(IEnumerable<Document> documents)
    {
        var paths = documents.Select(d => d.OutputPath).Distinct(StringComparer.Ordinal).ToList();
        var shared = paths.GroupBy(BuildNavigation.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return paths.ToDictionary(p => p, p =>
        {
            var slug = BuildNavigation.Slug(p);
            return shared.Contains(slug) && p.Contains('/') ? Path.ChangeExtension(p, null).Replace('/', '-') : slug;
        }, StringComparer.Ordinal);
    }
}
