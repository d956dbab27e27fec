using System.Collections.Frozen;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// HTML an author wrote in a page. Most of it (&lt;details&gt;, &lt;kbd&gt;, &lt;br&gt;) passes through as written; raw
/// HTML with a link or an id is read with AngleSharp — it has no markdown tree — so its links are resolved and
/// checked and its ids can be linked to, like the markdown around it.
/// </summary>
public static class RawHtml
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Attributes whose value is a space-separated list of ids on the same page.</summary>
    private static readonly FrozenSet<string> IdLists = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "for", "headers", "list", "form", "popovertarget", "commandfor", "aria-activedescendant", "aria-controls",
        "aria-describedby", "aria-details", "aria-errormessage", "aria-flowto", "aria-labelledby", "aria-owns",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool MayLinkOrName(string html) => html.Contains('=') && (
        html.Contains("href", StringComparison.OrdinalIgnoreCase) || html.Contains("src=", StringComparison.OrdinalIgnoreCase) ||
        html.Contains(" id=", StringComparison.OrdinalIgnoreCase) || html.Contains(" name=", StringComparison.OrdinalIgnoreCase) ||
        html.Contains(" for=", StringComparison.OrdinalIgnoreCase) || html.Contains(" aria-", StringComparison.OrdinalIgnoreCase));

    /// <summary>A block of raw HTML, its links resolved and its ids recorded.</summary>
    public static string Block(string html, PageOutline outline)
    {
        if (!MayLinkOrName(html)) return html;
        var body = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>").Body!;
        var changed = false;
        foreach (var element in body.QuerySelectorAll("*")) changed |= Adopt(element, outline);
        return changed ? body.InnerHtml : html;
    }

    /// <summary>One raw tag inside a paragraph (<c>&lt;a href="…"&gt;</c>): its link resolved, its id recorded.</summary>
    public static string Tag(string tag, PageOutline outline)
    {
        if (tag.StartsWith("</", StringComparison.Ordinal) || !MayLinkOrName(tag)) return tag;
        if (Parser.ParseDocument("<!doctype html><html><body>" + tag + "</body></html>").Body!.FirstElementChild is not { } element) return tag;
        if (!Adopt(element, outline)) return tag;
        var written = new System.Text.StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            written.Append(' ').Append(attribute.Name).Append("=\"").Append(HtmlText.Attribute(attribute.Value)).Append('"');
        }

        return written.Append('>').ToString();
    }

    /// <summary>Records the element's id and resolves its link; whether its attributes changed.</summary>
    private static bool Adopt(IElement element, PageOutline outline)
    {
        var changed = false;
        foreach (var attribute in element.LocalName == "a" ? new[] { "id", "name" } : ["id"])
        {
            if (element.GetAttribute(attribute) is not { Length: > 0 } id) continue;
            var written = outline.Id(id);
            if (written == id) continue;
            element.SetAttribute(attribute, written);
            changed = true;
        }

        foreach (var attribute in element.Attributes.Where(a => IdLists.Contains(a.Name)).ToList())
        {
            var written = string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(outline.IdReference));
            if (written == attribute.Value) continue;
            attribute.Value = written;
            changed = true;
        }

        foreach (var attribute in new[] { "href", "src" })
        {
            if (element.GetAttribute(attribute) is not { } value) continue;
            var rewritten = outline.Link(value, 0, fromContent: false, source: attribute == "src");
            if (rewritten == value) continue;
            element.SetAttribute(attribute, rewritten);
            changed = true;
        }

        return changed;
    }
}
