namespace UnderLoad.Generator.Diagrams;

/// <summary>A Mermaid SVG made fit to inline under the site's CSP, with the CSS it needs moved out.</summary>
/// <param name="Markup">The &lt;svg&gt; element: no &lt;style&gt;, no style attribute, ids under its own prefix.</param>
/// <param name="CssClass">The class the SVG's stylesheet is scoped by: a hash of that stylesheet, so every diagram
/// of one kind in one theme shares one copy of Mermaid's CSS.</param>
/// <param name="Css">Mermaid's stylesheet for this render, scoped to <c>.CssClass</c> instead of the SVG's id.</param>
/// <param name="StyleClasses">Class name → rule for what were style attributes (shared by every diagram using them).</param>
public sealed record RewrittenSvg(
    string Markup, string CssClass, string Css, IReadOnlyDictionary<string, string> StyleClasses, string? AccTitle, string? AccDescription);
