using UnderLoad.Generator.Offline;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// Where a page is written into the single-file book: its section id (every id of the page is prefixed with it), the
/// section of every page the book holds (links between them become in-file anchors), the site's files (an image is
/// inlined as a data: URL) and the hosted site (links to anything else go there).
/// </summary>
public sealed record BookScope(string SectionId, IReadOnlyDictionary<string, string> Sections, Func<string, byte[]?> SiteFile, string BaseUrl)
{
    /// <summary>A link as the site page carries it (relative to <paramref name="outputPath"/>), as the book carries it.</summary>
    public string Link(string siteHref, string outputPath, bool inline) =>
        BookPage.Link(siteHref, outputPath, SectionId, Sections, SiteFile, BaseUrl, inline);

    public string Id(string id) => id.Length == 0 ? id : BookPage.Scoped(SectionId, id);
}
