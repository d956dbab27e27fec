namespace UnderLoad.Generator.Diagrams;

/// <summary>One of the two renders every diagram gets: its CSS class on the page and Mermaid's configuration.</summary>
public sealed record DiagramTheme(string Name, string CssClass, string ConfigJson);
