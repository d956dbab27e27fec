namespace UnderLoad.Generator.Diagrams;

/// <summary>The answer for one diagram: Mermaid's SVG, or Mermaid's own error message.</summary>
public sealed record MermaidResult(string? Svg, string? Error);
