using System.Text;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.Diagrams;

/// <summary>Mermaid's CSS made safe to share: style attributes as declarations, stylesheets scoped by class instead of id.</summary>
public static partial class SvgCss
{
    /// <summary>"fill: none; stroke-dasharray: 3, 3" → "fill:none !important;stroke-dasharray:3, 3 !important;".</summary>
    public static string Declarations(string style)
    {
        var result = new StringBuilder();
        foreach (var part in style.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var property = part[..colon].Trim().ToLowerInvariant();
            var value = part[(colon + 1)..].Trim();
            if (!value.EndsWith("!important", StringComparison.OrdinalIgnoreCase))
            {
                value += " !important";
            }

            result.Append(property).Append(':').Append(value).Append(';');
        }

        return result.ToString();
    }

    /// <summary>
    /// Rewrites the selectors (never the declarations, where '#333' is a colour) of Mermaid's stylesheet:
    /// <c>#renderId</c> → <c>.cssClass</c>, and <c>#innerId</c> → an id-suffix match that survives per-page prefixes.
    /// </summary>
    public static string Scope(string css, string renderId, string cssClass, IReadOnlyDictionary<string, string> ids)
    {
        var output = new StringBuilder(css.Length);
        var segmentStart = 0;
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] is not ('{' or '}'))
            {
                continue;
            }

            var segment = css[segmentStart..i];
            // A segment closed by '{' is a selector list or an at-rule prelude; one closed by '}' holds declarations.
            output.Append(css[i] == '{' ? ScopeSelectors(segment, renderId, cssClass, ids) : segment).Append(css[i]);
            segmentStart = i + 1;
        }

        output.Append(css[segmentStart..]);
        return output.ToString();
    }

    private static string ScopeSelectors(string selectors, string renderId, string cssClass, IReadOnlyDictionary<string, string> ids) =>
        IdSelector().Replace(selectors, m =>
        {
            var id = m.Groups[1].Value;
            if (id == renderId)
            {
                return "." + cssClass;
            }

            var suffix = renderId.Length > 0 && id.StartsWith(renderId + "-", StringComparison.Ordinal) ? id[(renderId.Length + 1)..] : id;
            return ids.ContainsKey(id) ? $"[id$=\"-{suffix}\"]" : m.Value;
        });

    [GeneratedRegex(@"#(-?[A-Za-z_][\w-]*)")]
    private static partial Regex IdSelector();
}
