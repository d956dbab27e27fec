using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// The navigation from SUMMARY.md, in mdBook's format: chapters before the first part title and after a rule
/// (<c>---</c>) are parts without a title, <c># Title</c> starts a part, nested list items are sub-chapters, and a
/// draft chapter (<c>[Draft]()</c>) is left out. A link to a page that does not exist is an error at its line.
/// </summary>
public static class SummaryNavigation
{
    /// <param name="pages">Input-relative path → its page.</param>
    /// <param name="item">Makes the navigation entry of a page, with SUMMARY.md's title and the depth.</param>
    public static List<NavPart> Read(string text, string display, IReadOnlyDictionary<string, Document> pages, Diagnostics diagnostics, Func<Document, string, int, NavItem> item)
    {
        var parts = new List<NavPart>();
        var title = "";
        var items = new List<NavItem>();
        var seenHeading = false;
        void Close()
        {
            if (items.Count > 0) parts.Add(new NavPart(title, items));
            items = [];
        }

        foreach (var block in Markdown.Parse(text))
        {
            switch (block)
            {
                case HeadingBlock heading when !seenHeading && parts.Count == 0 && items.Count == 0:
                    seenHeading = true; // "# Summary": the file's own title
                    break;
                case HeadingBlock heading:
                    Close();
                    title = Text(heading.Inline);
                    break;
                case ThematicBreakBlock:
                    Close();
                    title = "";
                    break;
                case ParagraphBlock paragraph:
                    foreach (var link in paragraph.Inline?.Descendants<LinkInline>() ?? []) Add(link, paragraph.Line, 0);
                    break;
                case ListBlock list:
                    Walk(list, 0);
                    break;
            }
        }

        Close();
        return parts;

        void Walk(ListBlock list, int depth)
        {
            foreach (var entry in list.OfType<ListItemBlock>())
            {
                foreach (var child in entry)
                {
                    if (child is ParagraphBlock p && p.Inline?.Descendants<LinkInline>().FirstOrDefault() is { } link) Add(link, p.Line, depth);
                    else if (child is ListBlock nested) Walk(nested, depth + 1);
                }
            }
        }

        void Add(LinkInline link, int line, int depth)
        {
            var url = link.Url ?? "";
            if (url.Length == 0) return; // a draft chapter: listed by mdBook, but there is no page yet
            var path = Uri.UnescapeDataString(url.Split('#')[0]).TrimStart('.', '/');
            if (!pages.TryGetValue(path, out var page))
            {
                var near = Suggest.Closest(pages.Keys, path);
                diagnostics.Error(display, line + 1, $"SUMMARY.md lists '{url}', which is not a page of the site",
                    near is null ? "entries link to markdown files relative to SUMMARY.md; fix the path or remove the entry." : $"did you mean '{near}'?");
                return;
            }

            items.Add(item(page, Text(link), depth));
        }
    }

    private static string Text(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants().Select(n => n switch
        {
            LiteralInline l => l.Content.ToString(),
            CodeInline c => c.Content,
            _ => "",
        })).Trim();
}
