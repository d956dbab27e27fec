using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace UnderLoad.Generator.Diagrams;

/// <summary>The answer for one diagram: Mermaid's SVG, or Mermaid's own error message.</summary>
public sealed record MermaidResult(string? Svg, string? Error);
