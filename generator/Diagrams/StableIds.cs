using System.Text;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Makes Mermaid's SVG independent of render order. Mermaid numbers some elements with counters that live as long as
/// the page does ("actor25", "root-25" for the 26th participant drawn since the bundle loaded), so the same source
/// rendered after other diagrams came out with other ids, and re-rendering the cache rewrote most of its files.
/// Every id the render did not derive from its own render id is renamed, in document order, to
/// <c>&lt;renderId&gt;-i&lt;n&gt;</c>, and every reference follows (<c>href="#…"</c>, <c>url(#…)</c>, aria-*, CSS
/// selectors): the same source and configuration give the same bytes.
/// </summary>
public static partial class StableIds
{
    public static string Apply(string svg, string renderId)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            var id = match.Groups[1].Value;
            if (id == renderId || id.StartsWith(renderId + "-", StringComparison.Ordinal) || id.EndsWith("-" + renderId, StringComparison.Ordinal) || renames.ContainsKey(id))
            {
                continue;
            }

            renames[id] = $"{renderId}-i{renames.Count}";
        }

        if (renames.Count == 0)
        {
            return svg;
        }

        string Map(string id) => renames.TryGetValue(id, out var renamed) ? renamed : id;
        var result = IdAttribute().Replace(svg, m => $" id=\"{Map(m.Groups[1].Value)}\"");
        result = HrefAttribute().Replace(result, m => $"{m.Groups[1].Value}=\"#{Map(m.Groups[2].Value)}\"");
        result = UrlReference().Replace(result, m => $"url(#{Map(m.Groups[1].Value)})");
        result = AriaAttribute().Replace(result, m =>
            $" {m.Groups[1].Value}=\"{string.Join(' ', m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Map))}\"");
        result = StyleElement().Replace(result, m => m.Groups[1].Value + CssIds().Replace(m.Groups[2].Value, c => "#" + Map(c.Groups[1].Value)) + m.Groups[3].Value);
        return result;
    }

    [GeneratedRegex(@" id=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex(@"url\(#([^)\s""']+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@" (aria-labelledby|aria-describedby|aria-owns|aria-controls|aria-flowto)=""([^""]*)""")]
    private static partial Regex AriaAttribute();

    [GeneratedRegex(@"(<style[^>]*>)(.*?)(</style>)", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"#(-?[A-Za-z_][\w-]*)")]
    private static partial Regex CssIds();
}
