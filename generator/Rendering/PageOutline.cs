using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// What rendering one page learns about it, as it writes it: every link (resolved for the output by
/// <see cref="LinkResolver"/> and kept for <see cref="ValidateLinks"/>), every id, and the headings the
/// "On this page" list is made of. Written for the book (<see cref="Book"/>), links and ids are the book's instead and
/// nothing is recorded: the site's rendering of the same tree was validated.
/// </summary>
public sealed class PageOutline(Document page, BuildContext context, BookScope? book = null)
{
    public BookScope? Book => book;

    public List<PageLink> Links { get; } = [];

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public List<OutlineHeading> Headings { get; } = [];

    /// <summary>A link's URL as the page will carry it; <paramref name="line"/> is the 1-based line in the source file.</summary>
    /// <param name="source">The URL of something the page shows (an image): the book inlines it.</param>
    public string Link(string value, int line, bool fromContent, bool source = false)
    {
        var link = LinkResolver.Resolve(value, page, context, fromContent, line, out var rewritten);
        if (book is not null) return book.Link(rewritten, page.OutputPath, source);
        if (link is not null) Links.Add(link);
        return rewritten;
    }

    /// <summary>An id as the page carries it (in the book, prefixed with the page's section), recorded.</summary>
    public string Id(string id)
    {
        Ids.Add(id);
        return book?.Id(id) ?? id;
    }

    /// <summary>A reference to an id of the page (<c>for</c>, <c>aria-labelledby</c>): in the book, prefixed like the id.</summary>
    public string IdReference(string id) => book?.Id(id) ?? id;

    /// <summary>Whether a link (as the page carries it) is to the offline book, which a link saves when it is built.</summary>
    public bool SavesBook(string href) =>
        book is null && href == page.RootPrefix + Offline.OfflineFiles.Book && (_bookIsWritten ??= Offline.OfflineFiles.BookIsWritten(context));

    private bool? _bookIsWritten;

    /// <summary>The line in the source file of a line of the page body (0-based, as Markdig counts).</summary>
    public int FileLine(int bodyLine) => bodyLine + 1 + page.BodyLineOffset;
}
