using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Adds: <see cref="Products.Diagrams"/>, a <see cref="DiagramStore"/> holding, for every ```mermaid block and
/// <c>[diagram](x.mmd)</c> include of the site, inline SVG in a light and a dark render (CSP-clean, unique ids,
/// accessible) and the CSS they need. Renders with the real Mermaid in headless Chromium what
/// input/diagrams-cache/ does not hold yet, and caches it; a build whose diagrams are all cached starts no browser.
/// Without Chromium or the Mermaid bundle, an uncached diagram falls back to rendering in the reader's browser
/// (a warning; an error with --strict). A diagram that does not parse fails the build at its fence's line with
/// Mermaid's message. The documents pass through unchanged.
/// </summary>
public sealed class RenderDiagrams : IModule
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    private readonly Func<string, int, Task<MermaidRenderer>> _startRenderer;
    private readonly bool _pruneCache;

    /// <param name="startRenderer">Starts a renderer for (bundle path, page count); tests count or replace it.</param>
    /// <param name="pruneCache">Delete cache files no diagram of this build used (off for partial builds).</param>
    public RenderDiagrams(Func<string, int, Task<MermaidRenderer>>? startRenderer = null, bool pruneCache = true)
    {
        _startRenderer = startRenderer ?? MermaidRenderer.StartAsync;
        _pruneCache = pruneCache;
    }

    public string Phase => "diagrams";

    public IReadOnlyList<Product> Needs => [Products.Syntax];

    public IReadOnlyList<Product> Produces => [Products.Diagrams];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var store = new DiagramStore();
        context.Set(Products.Diagrams, store);
        var themeDir = context.Options.ThemeDir;
        store.BundlePath = MermaidBundle.PathIn(themeDir);

        var uses = new ConcurrentBag<DiagramUse>();
        Parallel.ForEach(documents, document => DiagramDiscovery.Collect(document, context, store, uses));
        var diagrams = uses.GroupBy(u => u.Source, StringComparer.Ordinal)
            .Select(g => new PendingDiagram(g.Key, g.OrderBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.Line).ToList()))
            .OrderBy(d => d.Uses[0].Path, StringComparer.Ordinal).ThenBy(d => d.Uses[0].Line)
            .ToList();

        var cache = new DiagramCache(Path.Combine(context.Options.InputDir, "diagrams-cache")) { Memo = context.Options.Memo };
        var version = MermaidBundle.PinnedVersion(themeDir);
        var missing = new List<(PendingDiagram Diagram, DiagramTheme Theme, string Key)>();
        foreach (var diagram in diagrams)
        {
            foreach (var theme in DiagramThemes.All)
            {
                var key = DiagramCache.Key(version, theme, diagram.Source);
                if (cache.TryRead(key, out var svg))
                {
                    diagram.Svg[theme] = svg;
                }
                else
                {
                    missing.Add((diagram, theme, key));
                }
            }
        }

        if (missing.Count > 0 && context.Options.Strict)
        {
            // CI builds with --strict: a diagram nobody rendered and committed is a mistake to fix in the pull request,
            // not something to draw quietly (in CI's browser, or the reader's).
            DiagramProblems.FallBack(missing.Select(m => m.Diagram).Distinct(), null, context, store);
        }
        else if (missing.Count > 0)
        {
            Task.Run(() => RenderMissingAsync(missing, cache, context, store)).GetAwaiter().GetResult();
            DiagramProblems.ReportNewFiles(store, context);
        }

        DiagramComposer.Compose(diagrams, context, store);

        if (_pruneCache && !context.Diagnostics.HasErrors)
        {
            store.PrunedCacheFiles = cache.Prune();
        }

        return documents;
    }

    private async Task RenderMissingAsync(List<(PendingDiagram Diagram, DiagramTheme Theme, string Key)> missing, DiagramCache cache, BuildContext context, DiagramStore store)
    {
        var problem = MermaidBundle.EnsureInstalled(context, NpmTimeout);
        if (problem is null && !Browser.IsAvailable)
        {
            problem = "Chromium not found (install Debian's chromium, or set CHROMIUM_PATH)";
        }

        MermaidRenderer? renderer = null;
        if (problem is null)
        {
            try
            {
                // Loading the 3.5 MB bundle costs a page about half a second: a second page pays off from a dozen renders.
                var pages = Math.Clamp(missing.Count / 12 + 1, 1, Math.Min(Environment.ProcessorCount, 4));
                renderer = await _startRenderer(store.BundlePath, pages).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problem = $"Chromium did not start: {e.Message.Split('\n')[0]}";
            }
        }

        if (renderer is null)
        {
            DiagramProblems.FallBack(missing.Select(m => m.Diagram).Distinct(), problem!, context, store);
            return;
        }

        await using (renderer.ConfigureAwait(false))
        {
            var results = await RenderProgress.RunAsync(missing.Count, "Rendering diagrams", tick => Task.WhenAll(missing.Select(async m =>
                {
                    var result = await renderer.RenderAsync("m" + m.Key, m.Diagram.Source, m.Theme.ConfigJson).ConfigureAwait(false);
                    tick();
                    return (m.Diagram, m.Theme, m.Key, Result: result);
                }))).ConfigureAwait(false);
            foreach (var (diagram, theme, key, result) in results)
            {
                if (result.Svg is { Length: > 0 } raw)
                {
                    var svg = StableIds.Apply(raw, "m" + key);
                    cache.Write(key, svg);
                    diagram.Svg[theme] = svg;
                    store.Rendered++;
                    store.AddNewCacheFile(Path.GetRelativePath(context.RepositoryRoot, cache.PathOf(key)).Replace('\\', '/'),
                        $"{diagram.Uses[0].Where.Path}:{diagram.Uses[0].Where.Line}");
                }
                else if (!diagram.Failed)
                {
                    diagram.Failed = true;
                    DiagramProblems.ReportParseError(diagram, result.Error ?? "Mermaid returned no SVG", context);
                }
            }
        }
    }

    /// <summary>Where the standalone SVGs go in output/ ("diagrams/" is input's folder of .mmd files, linked to the repository).</summary>
    public const string FiguresFolder = "figures";

}
