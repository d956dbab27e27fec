using System.Collections.Concurrent;
using System.Net;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// What <see cref="RenderDiagrams"/> hands to the markdown renderer (<see cref="Pipeline.Products.Diagrams"/>): the markup
/// to inline for each diagram, the CSS they need, and which pages fell back to rendering in the reader's browser.
/// </summary>
public sealed partial class DiagramStore
{
    private readonly ConcurrentDictionary<string, Entry> _bySource = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Page, string Url), string> _includes = new();
    private readonly ConcurrentDictionary<string, byte> _clientPages = new(StringComparer.Ordinal);

    private sealed record Entry(string Html, string? Token, IReadOnlyList<string> Files, string SearchText, IReadOnlyList<string> Ids);

    /// <summary>Every diagram's CSS, for the site's stylesheet: theme switching, Mermaid's scoped rules, ex-style attributes.</summary>
    public string Css { get; internal set; } = DiagramThemes.SwitchCss;

    /// <summary>The Mermaid bundle the client-side fallback needs (copy it to output/assets/ when any page needs it).</summary>
    public string BundlePath { get; internal set; } = "";

    /// <summary>Cache files this build found unused and deleted from input/diagrams-cache/.</summary>
    public IReadOnlyList<string> PrunedCacheFiles { get; internal set; } = [];

    /// <summary>Diagrams rendered by Chromium in this build (cache misses), for timings and tests.</summary>
    public int Rendered { get; internal set; }

    private readonly ConcurrentDictionary<string, string> _newCacheFiles = new(StringComparer.Ordinal);

    /// <summary>Files this build wrote to input/diagrams-cache/ (repository-relative), each with where its diagram is used: to be committed.</summary>
    public IReadOnlyList<(string File, string UsedAt)> NewCacheFiles =>
        _newCacheFiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList();

    internal void AddNewCacheFile(string file, string usedAt) => _newCacheFiles[file] = usedAt;

    /// <summary>Pages (input-relative paths) holding a diagram that must be drawn in the reader's browser.</summary>
    public IReadOnlyCollection<string> ClientRenderedPages => _clientPages.Keys.Order(StringComparer.Ordinal).ToList();

    public bool NeedsClientRendering(string documentRelativePath) => _clientPages.ContainsKey(documentRelativePath);

    /// <summary>
    /// A diagram, by its source (<see cref="DiagramSyntax.Normalize"/> is applied), the <paramref name="occurrence"/>-th time
    /// (0-based) it appears on a page: later occurrences get their ids suffixed (<see cref="PageDiagrams"/> counts them);
    /// null when the store has no such diagram.
    /// </summary>
    public DiagramMarkup? TryGet(string source, int occurrence)
    {
        if (!_bySource.TryGetValue(DiagramSyntax.Normalize(source), out var entry)) return null;
        if (occurrence <= 0 || entry.Token is null) return new DiagramMarkup(entry.Html, entry.Files, entry.Ids, entry.SearchText, entry.Token);

        // Ids and references get the suffix; the links to the diagram's full-size files (one pair per diagram) do not.
        var suffixed = $"{entry.Token}-{occurrence}";
        var figures = $"/{RenderDiagrams.FiguresFolder}/{entry.Token}";
        var html = entry.Html.Replace(entry.Token, suffixed, StringComparison.Ordinal)
            .Replace($"{figures}-{occurrence}-", $"{figures}-", StringComparison.Ordinal);
        return new DiagramMarkup(html, entry.Files, entry.Ids.Select(id => id.Replace(entry.Token, suffixed, StringComparison.Ordinal)).ToList(), entry.SearchText, suffixed);
    }

    /// <summary>The diagram source a page's <c>[label](path.mmd)</c> include names.</summary>
    public bool TryGetIncludeSource(string documentRelativePath, string linkUrl, out string source) =>
        _includes.TryGetValue((documentRelativePath, linkUrl), out source!);

    /// <param name="files">The full-size files the markup links to (site-rooted, "/figures/…").</param>
    /// <param name="searchText">The figure's text outside its drawings, as search reads it.</param>
    internal void AddRendered(string source, string html, string token, IReadOnlyList<string> files, string searchText) =>
        _bySource[source] = new Entry(html, token, files, searchText, IdAttribute().Matches(html).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList());

    internal void AddClientSide(string source) =>
        _bySource.TryAdd(source, new Entry($"<pre class=\"mermaid\">{Rendering.HtmlText.Text(source)}</pre>", null, [], "", []));

    internal void AddInclude(string documentRelativePath, string linkUrl, string source) => _includes[(documentRelativePath, linkUrl)] = source;

    internal void MarkClientRendering(string documentRelativePath) => _clientPages[documentRelativePath] = 0;

    /// <summary>An id in the markup the composer wrote (every one carries the diagram's token).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" id=""([^""]+)""")]
    private static partial System.Text.RegularExpressions.Regex IdAttribute();
}
