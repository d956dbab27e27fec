namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// One diagram as a page shows it: its markup, the full-size files it links to (site-rooted, resolved per page), its
/// ids, the text search reads from it (its caption; the drawings say nothing), and the prefix every id and
/// reference of the markup starts with (null for a diagram drawn in the reader's browser, which has none).
/// </summary>
public sealed record DiagramMarkup(string Html, IReadOnlyList<string> Files, IReadOnlyList<string> Ids, string SearchText, string? IdPrefix = null);
