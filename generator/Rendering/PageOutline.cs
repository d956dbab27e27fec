using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// What rendering one page learns about it, as it writes it: every link (resolved for the output by
/// <see cref="LinkResolver"/> and kept for <see cref="ValidateLinks"/>), every id, and the headings the
/// "On this page" list is made of.
/// </summary>
public sealed class PageOutline(Document page, BuildContext context)
{
    public Document Page => page;

    public List<PageLink> Links { get; } = [];

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public List<OutlineHeading> Headings { get; } = [];

    /// <summary>A link's URL as the page will carry it; <paramref name="line"/> is the 1-based line in the source file.</summary>
    public string Link(string value, int line, bool fromContent)
    {
        var link = LinkResolver.Resolve(value, page, context, fromContent, line, out var rewritten);
        if (link is not null) Links.Add(link);
        return rewritten;
    }

    /// <summary>Whether a link (as the page carries it) is to the offline book, which a link saves when it is built.</summary>
    public bool SavesBook(string href) =>
        href == page.RootPrefix + Offline.OfflineFiles.Book && (_bookIsWritten ??= Offline.OfflineFiles.BookIsWritten(context));

    private bool? _bookIsWritten;

    /// <summary>The line in the source file of a line of the page body (0-based, as Markdig counts).</summary>
    public int FileLine(int bodyLine) => bodyLine + 1 + page.BodyLineOffset;
}
