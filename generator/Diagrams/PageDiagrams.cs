namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// The diagrams of one page as it is rendered, fenced and included alike, counted by source: the first time a
/// diagram appears it gets the store's markup, every later time on the same page the same markup with its ids
/// suffixed (<c>-1</c>, <c>-2</c>), so a page that shows one diagram twice still has unique ids.
/// </summary>
public sealed class PageDiagrams(DiagramStore store, string documentRelativePath)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The markup for a ```mermaid block of this page, or null to show it as code.</summary>
    public DiagramMarkup? Fenced(string source)
    {
        var key = DiagramSyntax.Normalize(source);
        var occurrence = _seen.TryGetValue(key, out var count) ? count : 0;
        if (store.TryGet(key, occurrence) is not { } markup) return null;
        _seen[key] = occurrence + 1;
        return markup;
    }

    /// <summary>The markup for a <c>[label](path.mmd)</c> include of this page, by the link's URL as written.</summary>
    public DiagramMarkup? Included(string linkUrl) =>
        store.TryGetIncludeSource(documentRelativePath, linkUrl, out var source) ? Fenced(source) : null;
}
