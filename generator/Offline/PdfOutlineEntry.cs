namespace UnderLoad.Generator.Offline;

/// <summary>An entry of a PDF's outline (a bookmark) with the entries under it.</summary>
public sealed record PdfOutlineEntry(string Title, IReadOnlyList<PdfOutlineEntry> Children);
