using System.Text.Json;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Light and dark. Why two renders and not one SVG coloured by CSS variables: Mermaid computes its theme in
/// JavaScript (khroma darkens, lightens and inverts the theme colours to derive borders, notes, lines, text), so a
/// <c>var(--x)</c> handed to it as a theme colour cannot be derived from and the 'dark' theme is more than swapped
/// colours. Two real renders, both inlined and switched by CSS (<see cref="SwitchCss"/>), look exactly as Mermaid
/// draws them in each theme, need no JavaScript to switch, and cost one more render per diagram, once, at build time
/// (then cached) and about as many bytes again per page (text, compressed well by the host).
/// </summary>
public static class DiagramThemes
{
    // Text is measured at build time in Debian's Chromium: Liberation Sans has Arial's metrics, so a reader's
    // Arial or Helvetica fits the boxes measured here (Mermaid's default, Trebuchet MS, is not on Linux).
    /// <summary>The size Mermaid draws labels at, in the SVG's own units (its natural size, scale 1).</summary>
    public const int LabelPx = 16;

    /// <summary>
    /// The smallest scale a diagram is drawn at on screen: 0.8 × 16 = 12.8 CSS px labels. A diagram wider than its column
    /// at that scale scrolls sideways (each SVG gets a min-width of 0.8 × its natural width) instead of shrinking further.
    /// </summary>
    public const double MinimumScale = 0.8;

    private const string Font = "arial, \"Liberation Sans\", helvetica, sans-serif";

    // htmlLabels false: labels are SVG <text>, not <foreignObject> HTML, so they stay selectable, findable,
    // and free of the style attributes HTML labels carry. securityLevel strict: no click handlers, no HTML in labels.
    // Written with Utf8JsonWriter (the bytes JsonSerializer wrote for the same dictionary, which a test checks): the
    // reflection serializer JIT-compiled ~110 methods at the start of every build, one without diagrams too.
    private static string Config(string theme)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("startOnLoad", false);
            json.WriteString("theme", theme);
            json.WriteString("securityLevel", "strict");
            json.WriteBoolean("htmlLabels", false);
            json.WriteBoolean("deterministicIds", true);
            json.WriteString("fontFamily", Font);
            json.WriteStartObject("themeVariables");
            json.WriteString("fontFamily", Font);
            json.WriteString("fontSize", "16px");
            json.WriteEndObject();
            json.WriteStartObject("flowchart");
            json.WriteBoolean("htmlLabels", false);
            json.WriteBoolean("useMaxWidth", true);
            json.WriteEndObject();
            json.WriteStartObject("sequence");
            json.WriteBoolean("useMaxWidth", true);
            json.WriteString("actorFontFamily", Font);
            json.WriteString("noteFontFamily", Font);
            json.WriteString("messageFontFamily", Font);
            // Mermaid measures notes at noteFontSize (14 by default) but its CSS draws every label at the theme's 16px:
            // notes spilled out of their boxes. One size for all, measured as drawn.
            json.WriteNumber("actorFontSize", LabelPx);
            json.WriteNumber("noteFontSize", LabelPx);
            json.WriteNumber("messageFontSize", LabelPx);
            json.WriteEndObject();
            json.WriteStartObject("class");
            json.WriteBoolean("htmlLabels", false);
            json.WriteEndObject();
            json.WriteStartObject("state");
            json.WriteBoolean("htmlLabels", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static readonly DiagramTheme Light = new("light", "diagram-light", Config("default"));
    public static readonly DiagramTheme Dark = new("dark", "diagram-dark", Config("dark"));
    public static readonly IReadOnlyList<DiagramTheme> All = [Light, Dark];

    /// <summary>
    /// Shows the render that matches the site theme: <c>html[data-theme=dark|light]</c> when the reader chose,
    /// else the system's <c>prefers-color-scheme</c>. Plus the responsive sizing (each SVG's natural width is its
    /// max-width rule, from Mermaid's own style attribute).
    /// </summary>
    public const string SwitchCss = """
        .diagram{margin:1.5rem 0;overflow-x:auto}
        .diagram>svg{display:block;width:100%;height:auto;margin:0 auto}
        .diagram>svg.diagram-dark{display:none}
        html[data-theme="dark"] .diagram>svg.diagram-light{display:none}
        html[data-theme="dark"] .diagram>svg.diagram-dark{display:block}
        @media (prefers-color-scheme:dark){
        html:not([data-theme="light"]) .diagram>svg.diagram-light{display:none}
        html:not([data-theme="light"]) .diagram>svg.diagram-dark{display:block}
        }
        .diagram>figcaption{text-align:center;font-size:.9em;margin-top:.5rem}
        .diagram-open{margin:.25rem 0 0;text-align:center;font-size:.85em}
        .diagram-open>a.diagram-dark{display:none}
        html[data-theme="dark"] .diagram-open>a.diagram-light{display:none}
        html[data-theme="dark"] .diagram-open>a.diagram-dark{display:inline}
        @media (prefers-color-scheme:dark){
        html:not([data-theme="light"]) .diagram-open>a.diagram-light{display:none}
        html:not([data-theme="light"]) .diagram-open>a.diagram-dark{display:inline}
        }
        @media print{.diagram>svg{min-width:0!important}.diagram-open{display:none}.diagram>svg.diagram-light{display:block!important}.diagram>svg.diagram-dark{display:none!important}}
        """;

    /// <summary>The stylesheet of the standalone SVGs (figures/*.svg): the diagrams' rules and a page background per theme.</summary>
    public const string StandaloneCss = """
        svg.diagram-light:root{background:#fff}
        svg.diagram-dark:root{background:#0f1216}
        """;
}
