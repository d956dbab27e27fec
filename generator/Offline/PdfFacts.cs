using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// What a reader of the printed book notices first: how many pages it has and its outline (bookmarks), read with
/// PdfPig (a PDF library) from the bytes Chromium wrote.
/// </summary>
public sealed record PdfFacts(int Pages, IReadOnlyList<PdfOutlineEntry> Outline)
{
    public static PdfFacts Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        IReadOnlyList<PdfOutlineEntry> outline = document.TryGetBookmarks(out var bookmarks) ? Entries(bookmarks.Roots) : [];
        return new PdfFacts(document.NumberOfPages, outline);
    }

    private static List<PdfOutlineEntry> Entries(IEnumerable<BookmarkNode> nodes) =>
        nodes.Select(n => new PdfOutlineEntry(n.Title, Entries(n.Children))).ToList();

    /// <summary>Every title in the outline, depth first.</summary>
    public IEnumerable<string> AllTitles()
    {
        static IEnumerable<string> Walk(IEnumerable<PdfOutlineEntry> entries) => entries.SelectMany(e => Walk(e.Children).Prepend(e.Title));
        return Walk(Outline);
    }
}
