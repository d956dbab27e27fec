namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// One diagram as a page shows it: its markup, the full-size files it links to (site-rooted, resolved per page), its
/// ids, and the text search reads from it (its caption; the drawings say nothing).
/// </summary>
public sealed record DiagramMarkup(string Html, IReadOnlyList<string> Files, IReadOnlyList<string> Ids, string SearchText);
