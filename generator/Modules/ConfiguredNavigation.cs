using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Site;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// The navigation from site.yml's <c>nav</c> (MkDocs' shape): a section at the top is a part with its title; pages at
/// the top, between sections, form parts without a title; a section inside a section nests its pages one level deeper.
/// A path that is not a page is an error.
/// </summary>
public static class ConfiguredNavigation
{
    public static List<NavPart> Build(IReadOnlyList<NavEntry> entries, string siteYml, string display, IReadOnlyDictionary<string, Document> pages, Diagnostics diagnostics, Func<Document, string, int, NavItem> item)
    {
        var parts = new List<NavPart>();
        var loose = new List<NavItem>();
        foreach (var entry in entries)
        {
            if (entry.Children.Count == 0)
            {
                Add(entry, loose, 0);
                continue;
            }

            if (loose.Count > 0) parts.Add(new NavPart("", loose));
            loose = [];
            var items = new List<NavItem>();
            foreach (var child in entry.Children) Add(child, items, 0);
            parts.Add(new NavPart(entry.Title ?? "", items));
        }

        if (loose.Count > 0) parts.Add(new NavPart("", loose));
        return parts;

        void Add(NavEntry entry, List<NavItem> into, int depth)
        {
            if (entry.Path is { } path)
            {
                if (pages.TryGetValue(path.TrimStart('.', '/'), out var page)) into.Add(item(page, entry.Title ?? page.FrontMatter!.Title, depth));
                else diagnostics.Error(display, LineOf(siteYml, path), $"nav lists '{path}', which is not a page of the site",
                    Suggest.Closest(pages.Keys, path) is { } near ? $"did you mean '{near}'?" : "nav entries are markdown files relative to the input folder.");
            }

            foreach (var child in entry.Children) Add(child, into, depth + 1);
        }
    }

    /// <summary>The line of site.yml that names <paramref name="path"/> (YamlDotNet's object reading keeps no positions).</summary>
    private static int LineOf(string siteYml, string path)
    {
        var index = File.ReadLines(siteYml).ToList().FindIndex(l => l.Contains(path, StringComparison.Ordinal));
        return index + 1;
    }
}
