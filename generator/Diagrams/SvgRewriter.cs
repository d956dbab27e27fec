using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Rewrites Mermaid's SVG for the page, with AngleSharp:
/// <list type="bullet">
/// <item>CSP without 'unsafe-inline' styles: the &lt;style&gt; element becomes a stylesheet scoped by a class, and each
/// style attribute becomes a class whose rule (marked !important, as an inline style outranks the stylesheet) lands
/// in the site's CSS; the SVG's own max-width is one of them, so it scales to 100% up to its natural width.</item>
/// <item>Unique ids: every id (markers, symbols, title, actors) moves under <c>idPrefix</c> and every reference to it
/// (<c>url(#…)</c>, <c>href="#…"</c>, aria-labelledby/-describedby) follows, so two diagrams on a page never collide.</item>
/// <item>Accessible: role="img", a &lt;title&gt; and a &lt;desc&gt; (Mermaid's accTitle/accDescr, else the fallback) that
/// aria-labelledby/aria-describedby name.</item>
/// </list>
/// </summary>
public static partial class SvgRewriter
{
    private static readonly HtmlParser Parser = new();

    public static RewrittenSvg Rewrite(string rawSvg, string idPrefix, string themeClass, string fallbackTitle)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + rawSvg + "</body></html>");
        var svg = document.Body?.Children.FirstOrDefault(e => e.LocalName == "svg")
            ?? throw new FormatException("Mermaid returned no <svg> element");
        var renderId = svg.Id ?? "";

        // 1. Mermaid's <style> elements: their text is the diagram's stylesheet.
        var css = new StringBuilder();
        foreach (var style in svg.QuerySelectorAll("style").ToList())
        {
            css.Append(style.TextContent);
            style.Remove();
        }

        // 2. Ids under the prefix: "<renderId>-arrowhead" → "<prefix>-arrowhead", "actor0" → "<prefix>-actor0".
        var cssClass = "dgc-" + DiagramCache.Hash(renderId.Length == 0 ? css.ToString() : css.ToString().Replace(renderId, "\u0000", StringComparison.Ordinal), 10);

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in svg.QuerySelectorAll("[id]").Prepend(svg))
        {
            var old = element.Id;
            if (string.IsNullOrEmpty(old) || ids.ContainsKey(old))
            {
                continue;
            }

            ids[old] = old == renderId ? idPrefix
                : old == "chart-title-" + renderId ? idPrefix + "-title"
                : old == "chart-desc-" + renderId ? idPrefix + "-desc"
                : renderId.Length > 0 && old.StartsWith(renderId + "-", StringComparison.Ordinal) ? idPrefix + old[renderId.Length..]
                : idPrefix + "-" + old;
        }

        string MapUrls(string value) => UrlReference().Replace(value, m =>
            ids.TryGetValue(m.Groups[1].Value, out var mapped) ? $"url(#{mapped})" : m.Value);

        // 3. References, then style attributes → classes.
        var styleClasses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in svg.QuerySelectorAll("*").Prepend(svg))
        {
            if (element.Id is { } id && ids.TryGetValue(id, out var newId))
            {
                element.Id = newId;
            }

            foreach (var attribute in element.Attributes.ToList())
            {
                var name = attribute.Name;
                var value = attribute.Value;
                string? rewritten = null;
                if ((name is "href" || name.EndsWith(":href", StringComparison.Ordinal)) && value.StartsWith('#'))
                {
                    rewritten = ids.TryGetValue(value[1..], out var target) ? "#" + target : value;
                }
                else if (name is "aria-labelledby" or "aria-describedby" or "aria-owns" or "aria-controls" or "aria-flowto")
                {
                    rewritten = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(token => ids.GetValueOrDefault(token, token)));
                }
                else if (value.Contains("url(#", StringComparison.Ordinal))
                {
                    rewritten = MapUrls(value);
                }

                if (rewritten is not null && rewritten != value)
                {
                    element.SetAttribute(attribute.NamespaceUri, name, rewritten);
                }
            }

            var inline = element.GetAttribute("style");
            if (inline is not null)
            {
                element.RemoveAttribute("style");
                var declarations = SvgCss.Declarations(MapUrls(inline));
                if (declarations.Length > 0)
                {
                    var className = "dgs-" + DiagramCache.Hash(declarations, 8);
                    styleClasses[className] = $".{className}{{{declarations}}}";
                    element.ClassList.Add(className);
                }
            }
        }

        // 4. Legibility. Never drawn below MinimumScale on screen: wider than its column, a diagram scrolls sideways.
        if (ViewBoxWidth(svg) is { } naturalWidth)
        {
            var minWidth = (int)Math.Ceiling(naturalWidth * DiagramThemes.MinimumScale);
            var widthClass = "dgw-" + minWidth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            styleClasses[widthClass] = $"@media screen{{.diagram>svg.{widthClass}{{min-width:{minWidth}px}}}}";
            svg.ClassList.Add(widthClass);
        }

        // A self-message's label sat on its step number (autonumber draws the number where the loop starts): lift it.
        foreach (var loop in svg.QuerySelectorAll("path[data-et=message]").Where(p => p.GetAttribute("data-from") is { } from && from == p.GetAttribute("data-to")))
        {
            if (loop.PreviousElementSibling is { LocalName: "text" } label && label.ClassList.Contains("messageText"))
            {
                label.SetAttribute("dy", "0.35em");
            }
        }

        // 5. Weight: Mermaid puts every icon and marker of a diagram kind in every SVG; drop those nothing uses.
        var referenced = svg.QuerySelectorAll("*").Prepend(svg)
            .SelectMany(e => e.Attributes)
            .SelectMany(a => a.Value.StartsWith('#') ? [a.Value[1..]] : UrlReference().Matches(a.Value).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var unused in svg.QuerySelectorAll("symbol[id], marker[id]").Where(e => !referenced.Contains(e.Id!)).ToList())
        {
            var parent = unused.ParentElement;
            unused.Remove();
            if (parent is { LocalName: "defs", ChildElementCount: 0 })
            {
                parent.Remove();
            }
        }

        // 6. Accessibility: role img, a title and a desc that aria points at.
        var accTitle = svg.Children.FirstOrDefault(e => e.LocalName == "title")?.TextContent.Trim();
        var accDescription = svg.Children.FirstOrDefault(e => e.LocalName == "desc")?.TextContent.Trim();
        var desc = EnsureChild(svg, "desc", idPrefix + "-desc", string.IsNullOrEmpty(accDescription) ? Describe(svg, fallbackTitle) : null);
        var title = EnsureChild(svg, "title", idPrefix + "-title", string.IsNullOrEmpty(accTitle) ? fallbackTitle : null);
        svg.Prepend(desc);
        svg.Prepend(title);
        svg.SetAttribute("role", "img");
        svg.SetAttribute("aria-labelledby", idPrefix + "-title");
        svg.SetAttribute("aria-describedby", idPrefix + "-desc");
        svg.ClassList.Add(themeClass, cssClass);

        return new RewrittenSvg(svg.OuterHtml, cssClass, SvgCss.Scope(css.ToString(), renderId, cssClass, ids),
            styleClasses, string.IsNullOrEmpty(accTitle) ? null : accTitle, string.IsNullOrEmpty(accDescription) ? null : accDescription);
    }

    /// <summary>The width of the SVG's viewBox (its natural width in CSS px), or null.</summary>
    internal static double? ViewBoxWidth(IElement svg)
    {
        var parts = svg.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: 4 } && double.TryParse(parts[2], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var width) && width > 0
            ? width : null;
    }

    /// <summary>Makes sure <paramref name="svg"/> has a first-level &lt;name&gt; with this id (created with <paramref name="text"/> if missing).</summary>
    private static IElement EnsureChild(IElement svg, string name, string id, string? text)
    {
        var existing = svg.Children.FirstOrDefault(e => e.LocalName == name);
        if (existing is null || text is not null)
        {
            existing?.Remove();
            existing = svg.Owner!.CreateElement(svg.NamespaceUri!, name);
            existing.TextContent = text ?? "";
        }

        existing.Id = id;
        return existing;
    }

    /// <summary>A description for a diagram without accDescr: its kind and the words on it, in order.</summary>
    private static string Describe(IElement svg, string title)
    {
        var words = svg.QuerySelectorAll("text")
            .Select(t => Whitespace().Replace(t.TextContent, " ").Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var kind = svg.GetAttribute("aria-roledescription") ?? "diagram";
        var text = words.Count == 0 ? $"{title} ({kind})" : $"{title} ({kind}): {string.Join("; ", words)}";
        return text.Length <= 2000 ? text : text[..1999] + "…";
    }

    [GeneratedRegex(@"url\(#([^)\s]+)\)")]
    private static partial Regex UrlReference();


    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
