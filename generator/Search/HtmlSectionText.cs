using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UnderLoad.Generator.Search;

/// <summary>
/// The search text of HTML that has no markdown syntax tree: raw HTML an author wrote in a page (a &lt;details&gt;
/// block). Block elements end a run of words; scripts, styles and SVG say nothing;
/// code contributes its identifiers.
/// </summary>
public static class HtmlSectionText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Elements that do not end a run of words ("&lt;em&gt;x&lt;/em&gt;y" is one word).</summary>
    public static readonly FrozenSet<string> Inline = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adds the text of an HTML fragment to the section being built.</summary>
    public static void Collect(string html, SectionBuilder builder)
    {
        foreach (var node in Parse(html).ChildNodes) Collect(node, builder);
    }

    private static IElement Parse(string html) => Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>").Body!;

    private static void Collect(INode node, SectionBuilder builder)
    {
        if (node is IText t)
        {
            builder.Text.Append(t.Data);
            return;
        }

        if (node is not IElement element) return;
        switch (element.LocalName)
        {
            case "script" or "style" or "svg" or "template":
                return;
            case "div" or "section" when element.ClassList.Contains("footnotes"):
                return;
            case "pre":
                if (element.Closest("figure")?.GetAttribute("data-lang") is not "mermaid") builder.Code(element.TextContent);
                return;
            case "figcaption" when element.ParentElement?.ClassList.Contains("code") == true:
                builder.Caption(element.TextContent);
                return;
        }

        foreach (var child in element.ChildNodes) Collect(child, builder);
        if (!Inline.Contains(element.LocalName)) builder.Text.Append(' ');
    }
}
