using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Rendering;

namespace UnderLoad.Generator.Offline;

/// <summary>Which pages the single-file book holds (the reading order), and under which section id each is written.</summary>
public static class BookScopes
{
    /// <summary>The book's section ids by page output path: the reading order, as far as the build has those pages.</summary>
    public static IReadOnlyDictionary<string, string> Sections(IEnumerable<Document> documents, BuildContext context)
    {
        var present = documents.Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        return context.Get(Products.Navigation).ReadingOrder.Where(i => present.Contains(i.OutputPath))
            .ToDictionary(i => i.OutputPath, BookPage.SectionId, StringComparer.Ordinal);
    }

    /// <summary>Where each page goes in the book; nothing when this build writes no book (no layout, or `serve` keeping the last one).</summary>
    public static Func<Document, BookScope?> For(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (context.Options.KeepPreviousOfflineFiles || !OfflineFiles.BookIsWritten(context)) return _ => null;
        var sections = Sections(documents, context);
        byte[]? SiteFile(string path) => context.ExtraFiles.TryGetValue(path, out var bytes) ? bytes : null;
        return page => sections.TryGetValue(page.OutputPath, out var id) ? new BookScope(id, sections, SiteFile, context.BaseUrl) : null;
    }

    /// <summary>What a page's book section depends on besides the page (for `serve`'s memo).</summary>
    public static string Stamp(IReadOnlyList<Document> documents, BuildContext context) =>
        context.Options.KeepPreviousOfflineFiles || !OfflineFiles.BookIsWritten(context) ? "no book"
            : string.Join('\n', Sections(documents, context).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + " " + s.Value));
}
