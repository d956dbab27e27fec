using System.Collections.Concurrent;
using System.Net;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// What <see cref="RenderDiagrams"/> hands to the markdown renderer (<see cref="Pipeline.Products.Diagrams"/>): the markup
/// to inline for each diagram, the CSS they need, and which pages fell back to rendering in the reader's browser.
/// </summary>
public sealed class DiagramStore
{
    private readonly ConcurrentDictionary<string, Entry> _bySource = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Page, string Url), string> _includes = new();
    private readonly ConcurrentDictionary<string, byte> _clientPages = new(StringComparer.Ordinal);

    private sealed record Entry(string Html, string? Token);

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

    /// <summary>The markup for a fenced diagram, keyed by its source (<see cref="DiagramSyntax.Normalize"/> is applied).</summary>
    public bool TryGetHtml(string source, out string html) => TryGetHtml(source, 0, out html);

    /// <summary>
    /// As <see cref="TryGetHtml(string, out string)"/>, for the <paramref name="occurrence"/>-th time (0-based) the
    /// diagram appears on a page: later occurrences get their ids suffixed (<see cref="PageDiagrams"/> counts them).
    /// </summary>
    public bool TryGetHtml(string source, int occurrence, out string html)
    {
        if (!_bySource.TryGetValue(DiagramSyntax.Normalize(source), out var entry))
        {
            html = "";
            return false;
        }

        if (occurrence <= 0 || entry.Token is null)
        {
            html = entry.Html;
            return true;
        }

        // Ids and references get the suffix; the links to the diagram's full-size files (one pair per diagram) do not.
        var figures = $"/{RenderDiagrams.FiguresFolder}/{entry.Token}";
        html = entry.Html.Replace(entry.Token, $"{entry.Token}-{occurrence}", StringComparison.Ordinal)
            .Replace($"{figures}-{occurrence}-", $"{figures}-", StringComparison.Ordinal);
        return true;
    }

    /// <summary>The diagram source a page's <c>[label](path.mmd)</c> include names.</summary>
    public bool TryGetIncludeSource(string documentRelativePath, string linkUrl, out string source) =>
        _includes.TryGetValue((documentRelativePath, linkUrl), out source!);

    internal void AddRendered(string source, string html, string token) => _bySource[source] = new Entry(html, token);

    internal void AddClientSide(string source) =>
        _bySource.TryAdd(source, new Entry($"<pre class=\"mermaid\">{WebUtility.HtmlEncode(source)}</pre>", null));

    internal void AddInclude(string documentRelativePath, string linkUrl, string source) => _includes[(documentRelativePath, linkUrl)] = source;

    internal void MarkClientRendering(string documentRelativePath) => _clientPages[documentRelativePath] = 0;
}
