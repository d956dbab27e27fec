using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// The navigation of a site with neither parts, SUMMARY.md nor a nav in site.yml: its folder tree. Pages at the root
/// come first, then each folder — its index (README.md or index.md) followed by its pages, one level deeper — in
/// name order (a page's <c>weight</c> in front matter, as Hugo and Docusaurus read it, comes first: lower earlier); a
/// folder without an index has its pages at its own level.
/// </summary>
public static class FolderNavigation
{
    public static List<NavPart> Build(IEnumerable<Document> pages, string title, Func<Document, string, int, NavItem> item)
    {
        var items = new List<NavItem>();
        var listed = pages.Where(d => d.OutputPath is not ("index.html" or "404.html")).ToList();
        Add("", 0);
        return items.Count == 0 ? [] : [new NavPart(title, items)];

        void Add(string folder, int depth)
        {
            var here = listed.Where(d => FolderOf(d.OutputPath) == folder);
            var index = here.FirstOrDefault(d => d.OutputPath == folder + "index.html");
            var inner = depth;
            if (index is not null)
            {
                items.Add(item(index, index.FrontMatter!.Title, depth));
                inner = depth + 1;
            }

            foreach (var page in here.Where(d => d != index).OrderBy(Weight).ThenBy(d => d.RelativePath, StringComparer.Ordinal))
            {
                items.Add(item(page, page.FrontMatter!.Title, inner));
            }

            var subfolders = listed.Select(d => d.OutputPath).Where(p => p.StartsWith(folder, StringComparison.Ordinal) && p.IndexOf('/', folder.Length) > 0)
                .Select(p => p[..(p.IndexOf('/', folder.Length) + 1)]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            foreach (var sub in subfolders) Add(sub, folder.Length == 0 ? 0 : inner);
        }
    }

    private static decimal Weight(Document page) =>
        page.FrontMatter?.Meta.GetValueOrDefault("weight") switch
        {
            decimal d => d,
            string s when decimal.TryParse(s, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var w) => w,
            _ => decimal.MaxValue,
        };

    private static string FolderOf(string outputPath)
    {
        var slash = outputPath.LastIndexOf('/');
        return slash < 0 ? "" : outputPath[..(slash + 1)];
    }
}
