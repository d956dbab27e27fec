using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
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
public sealed partial class RenderDiagrams : IModule
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    private readonly MarkdownPipeline? _pipeline;
    private readonly Func<string, int, Task<MermaidRenderer>> _startRenderer;
    private readonly bool _pruneCache;

    /// <param name="pipeline">The Markdig pipeline the site renders with (so blocks are found exactly as rendered).</param>
    /// <param name="startRenderer">Starts a renderer for (bundle path, page count); tests count or replace it.</param>
    /// <param name="pruneCache">Delete cache files no diagram of this build used (off for partial builds).</param>
    public RenderDiagrams(MarkdownPipeline? pipeline = null, Func<string, int, Task<MermaidRenderer>>? startRenderer = null, bool pruneCache = true)
    {
        _pipeline = pipeline;
        _startRenderer = startRenderer ?? MermaidRenderer.StartAsync;
        _pruneCache = pruneCache;
    }

    public string Phase => "diagrams";

    public IReadOnlyList<Product> Needs => [Products.FrontMatter];

    public IReadOnlyList<Product> Produces => [Products.Diagrams];

    /// <summary>Where one diagram is used: the page, the line errors point at, and the file line of its source's line 1.</summary>
    private sealed record Use(string Source, string Page, string Path, int Line, int FirstSourceLine, string? Label, string? IncludedFrom);

    private sealed class Diagram(string source, IReadOnlyList<Use> uses)
    {
        public string Source { get; } = source;
        public IReadOnlyList<Use> Uses { get; } = uses;
        public Dictionary<DiagramTheme, string> Svg { get; } = [];
        public bool Failed { get; set; }
    }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var store = new DiagramStore();
        context.Set(Products.Diagrams, store);
        var themeDir = context.Options.ThemeDir;
        store.BundlePath = MermaidBundle.PathIn(themeDir);

        var uses = new ConcurrentBag<Use>();
        Parallel.ForEach(documents, document => Collect(document, context, store, uses));
        var diagrams = uses.GroupBy(u => u.Source, StringComparer.Ordinal)
            .Select(g => new Diagram(g.Key, g.OrderBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.Line).ToList()))
            .OrderBy(d => d.Uses[0].Path, StringComparer.Ordinal).ThenBy(d => d.Uses[0].Line)
            .ToList();

        var cache = new DiagramCache(Path.Combine(context.Options.InputDir, "diagrams-cache")) { Memo = context.Options.Memo };
        var version = MermaidBundle.PinnedVersion(themeDir);
        var missing = new List<(Diagram Diagram, DiagramTheme Theme, string Key)>();
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
            FallBack(missing.Select(m => m.Diagram).Distinct(), null, context, store);
        }
        else if (missing.Count > 0)
        {
            Task.Run(() => RenderMissingAsync(missing, cache, context, store)).GetAwaiter().GetResult();
            ReportNewFiles(store, context);
        }

        Compose(diagrams, context, store);

        if (_pruneCache && !context.Diagnostics.HasErrors)
        {
            store.PrunedCacheFiles = cache.Prune();
        }

        return documents;
    }

    private void Collect(Document document, BuildContext context, DiagramStore store, ConcurrentBag<Use> uses)
    {
        // Most pages of a large site have no diagram: skip the parse when neither syntax can be there.
        if (!document.Content.Contains("mermaid", StringComparison.Ordinal) && !document.Content.Contains(".mmd", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // `serve` keeps a page's references (a full Markdig parse) by a hash of its text.
        var references = context.Options.Memo is { } memo
            ? memo.GetOrAdd("diagram-references", BuildCache.Key(document.Content), () => DiagramSyntax.Find(document.Content, _pipeline))
            : DiagramSyntax.Find(document.Content, _pipeline);
        foreach (var reference in references)
        {
            var line = document.BodyLineOffset + reference.BodyLine + 1;
            if (reference.Kind == DiagramKind.Fenced)
            {
                uses.Add(new Use(reference.Text, document.RelativePath, document.DisplayPath, line, line + 1, null, null));
                continue;
            }

            var url = reference.Text;
            var included = ResolveInclude(document, url, context, line);
            if (included is null)
            {
                continue;
            }

            var source = DiagramSyntax.Normalize(File.ReadAllText(included));
            var relative = Path.GetRelativePath(context.Options.InputDir, included).Replace('\\', '/');
            store.AddInclude(document.RelativePath, url, source);
            var label = reference.LinkLabel is { Length: > 0 } text && !text.Equals("diagram", StringComparison.OrdinalIgnoreCase) ? text : null;
            uses.Add(new Use(source, document.RelativePath, "input/" + relative, 0, 1, label, $"{document.DisplayPath}:{line}"));
        }
    }

    /// <summary>The .mmd file an include names, relative to the page, or null (reported) if it is outside input/ or absent.</summary>
    private static string? ResolveInclude(Document document, string url, BuildContext context, int line)
    {
        var relative = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        var inputDir = Path.GetFullPath(context.Options.InputDir);
        var pageDir = Path.GetDirectoryName(Path.GetFullPath(document.SourcePath)) ?? inputDir;
        var full = Path.GetFullPath(Path.IsPathRooted(relative) ? relative : Path.Combine(pageDir, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(inputDir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            context.Diagnostics.Error(document.DisplayPath, line, $"diagram include '{url}' points outside input/",
                "write the path relative to this markdown file, to a .mmd file inside input/.");
            return null;
        }

        if (!File.Exists(full))
        {
            context.Diagnostics.Error(document.DisplayPath, line, $"diagram include '{url}' names no file ('{Path.GetRelativePath(inputDir, full).Replace('\\', '/')}' does not exist)",
                "the path is relative to this markdown file; check its spelling and the .mmd extension.");
            return null;
        }

        return full;
    }

    private async Task RenderMissingAsync(List<(Diagram Diagram, DiagramTheme Theme, string Key)> missing, DiagramCache cache, BuildContext context, DiagramStore store)
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
            FallBack(missing.Select(m => m.Diagram).Distinct(), problem!, context, store);
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
                        $"{Where(diagram.Uses[0]).Path}:{Where(diagram.Uses[0]).Line}");
                }
                else if (!diagram.Failed)
                {
                    diagram.Failed = true;
                    ReportParseError(diagram, result.Error ?? "Mermaid returned no SVG", context);
                }
            }
        }
    }

    private static void ReportParseError(Diagram diagram, string message, BuildContext context)
    {
        var mermaidLine = MermaidLine().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
        foreach (var use in diagram.Uses)
        {
            var at = mermaidLine > 0 ? use.FirstSourceLine + mermaidLine - 1 : 0;
            var where = use.IncludedFrom is null ? "" : $" (included from {use.IncludedFrom})";
            var hint = at > 0 ? $"Mermaid's line {mermaidLine} is line {at} of {use.Path}. " : "";
            context.Diagnostics.Error(use.Path, use.IncludedFrom is null ? use.Line : Math.Max(at, 1),
                $"diagram does not parse{where}: {message.Trim()}",
                hint + "try it at mermaid.live or in a pull request preview; the syntax is at mermaid.js.org.");
        }
    }

    /// <summary>
    /// Says which files this build added to input/diagrams-cache/ (they are to be committed: CI builds with --strict and
    /// renders nothing). Printed, not a warning: rendering a new diagram is the normal way to add one.
    /// </summary>
    private static void ReportNewFiles(DiagramStore store, BuildContext context)
    {
        if (store.NewCacheFiles.Count == 0) return;
        var text = new StringBuilder($"New diagram renders in input/diagrams-cache/: commit these {store.NewCacheFiles.Count} file(s) with your change:\n");
        foreach (var (file, usedAt) in store.NewCacheFiles) text.Append($"  {file}  ({usedAt})\n");
        Console.Out.Write(text.ToString());
    }

    private static void FallBack(IEnumerable<Diagram> diagrams, string? problem, BuildContext context, DiagramStore store)
    {
        foreach (var diagram in diagrams)
        {
            store.AddClientSide(diagram.Source);
            foreach (var use in diagram.Uses)
            {
                store.MarkClientRendering(use.Page);
                var (path, line) = Where(use);
                var message = problem is null
                    ? "diagram is not in input/diagrams-cache/: a --strict build renders no diagram"
                    : $"diagram is not in input/diagrams-cache/ and cannot be rendered here ({problem}): it will be drawn in the reader's browser by JavaScript";
                var hint = problem is null
                    ? "run `dotnet run --project generator -- build` (without --strict) on a machine with Chromium, then commit the new files it names in input/diagrams-cache/."
                    : "build once on a machine with Chromium and npm (the cache files it writes in input/diagrams-cache/ are to be committed).";
                if (context.Options.Strict)
                {
                    context.Diagnostics.Error(path, line, message, hint);
                }
                else
                {
                    context.Diagnostics.Warning(path, line, message, hint);
                }
            }
        }
    }

    private static (string Path, int Line) Where(Use use)
    {
        if (use.IncludedFrom is null)
        {
            return (use.Path, use.Line);
        }

        var colon = use.IncludedFrom.LastIndexOf(':');
        return (use.IncludedFrom[..colon], int.Parse(use.IncludedFrom[(colon + 1)..]));
    }

    /// <summary>The kind of result in the <see cref="BuildCache"/>: a rewritten SVG for its raw SVG and names.</summary>
    public const string CacheKind = "diagram-svg";

    private static void WriteSvg(BinaryWriter w, RewrittenSvg svg)
    {
        w.Write(svg.Markup);
        w.Write(svg.CssClass);
        w.Write(svg.Css);
        w.Write(svg.StyleClasses.Count);
        foreach (var (name, rule) in svg.StyleClasses)
        {
            w.Write(name);
            w.Write(rule);
        }

        BuildCache.WriteNullable(w, svg.AccTitle);
        BuildCache.WriteNullable(w, svg.AccDescription);
    }

    private static RewrittenSvg ReadSvg(BinaryReader r)
    {
        var (markup, cssClass, css) = (r.ReadString(), r.ReadString(), r.ReadString());
        var count = r.ReadInt32();
        var classes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++) classes[r.ReadString()] = r.ReadString();
        return new RewrittenSvg(markup, cssClass, css, classes, BuildCache.ReadNullable(r), BuildCache.ReadNullable(r));
    }

    /// <summary>
    /// Rewrites one SVG, through the build cache when there is one; `serve`'s memo also keeps the object between
    /// rebuilds (2 MB to read back on every save otherwise).
    /// </summary>
    private static RewrittenSvg Rewrite(string raw, string idPrefix, string themeClass, string fallbackTitle, BuildContext context)
    {
        var (cache, memo) = (context.Cache, context.Options.Memo);
        if (cache is null && memo is null) return SvgRewriter.Rewrite(raw, idPrefix, themeClass, fallbackTitle);
        var key = BuildCache.Key(idPrefix, themeClass, fallbackTitle, raw);
        RewrittenSvg Compute() => cache is null
            ? SvgRewriter.Rewrite(raw, idPrefix, themeClass, fallbackTitle)
            : cache.GetOrAdd(CacheKind, key, () => SvgRewriter.Rewrite(raw, idPrefix, themeClass, fallbackTitle), WriteSvg, ReadSvg);
        return memo is null ? Compute() : memo.GetOrAdd(CacheKind, key, Compute);
    }

    private static void Compose(IReadOnlyList<Diagram> diagrams, BuildContext context, DiagramStore store)
    {
        var scoped = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var styleClasses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var standalone = new SortedDictionary<string, string>(StringComparer.Ordinal);
        static string TokenOf(Diagram d) => "diagram-" + DiagramCache.Hash(d.Source, 12);
        static string? LabelOf(Diagram d) => d.Uses.Select(u => u.Label).FirstOrDefault(l => l is not null);

        // Rewriting is most of this phase (an AngleSharp parse per SVG): all of them in parallel first, in order after.
        var ready = diagrams.Where(d => !d.Failed && d.Svg.Count == DiagramThemes.All.Count).ToList();
        var rewrites = new ConcurrentDictionary<(Diagram, DiagramTheme), (RewrittenSvg? Svg, FormatException? Error)>();
        Parallel.ForEach(ready.SelectMany(d => DiagramThemes.All.Select(t => (Diagram: d, Theme: t))), pair =>
        {
            var (diagram, theme) = pair;
            try
            {
                rewrites[pair] = (Rewrite(diagram.Svg[theme], $"{TokenOf(diagram)}-{theme.Name}", theme.CssClass, LabelOf(diagram) ?? KindOf(diagram.Source), context), null);
            }
            catch (FormatException e)
            {
                rewrites[pair] = (null, e);
            }
        });

        foreach (var diagram in ready)
        {
            var token = TokenOf(diagram);
            var label = LabelOf(diagram);
            var html = new StringBuilder($"<figure class=\"diagram\" id=\"{token}\">");
            string? caption = null;
            try
            {
                foreach (var theme in DiagramThemes.All)
                {
                    var (svg, error) = rewrites[(diagram, theme)];
                    if (svg is null) throw new FormatException(error!.Message, error);
                    html.Append(svg.Markup);
                    scoped[svg.CssClass] = svg.Css;
                    foreach (var (name, rule) in svg.StyleClasses)
                    {
                        styleClasses[name] = rule;
                    }

                    caption ??= svg.AccTitle ?? label;
                    if (theme == DiagramThemes.Light && svg.AccTitle is null)
                    {
                        foreach (var use in diagram.Uses)
                        {
                            var (path, line) = Where(use);
                            context.Diagnostics.Problem(context.Options.Strict, path, line, "diagram has no accTitle: screen readers get a generated title and description",
                                "add 'accTitle: what it shows' and 'accDescr: what a reader should take from it' under the diagram type line.");
                        }
                    }
                }
            }
            catch (FormatException e)
            {
                foreach (var use in diagram.Uses)
                {
                    var (path, line) = Where(use);
                    context.Diagnostics.Error(path, line, $"diagram could not be inlined: {e.Message}", "delete its files from input/diagrams-cache/ and build again.");
                }

                continue;
            }

            // Full size, without JavaScript: the render of the reader's theme as a standalone SVG at its natural size.
            html.Append("<p class=\"diagram-open\">");
            foreach (var theme in DiagramThemes.All)
            {
                var file = $"{FiguresFolder}/{token}-{theme.Name}.svg";
                standalone[file] = Standalone(rewrites[(diagram, theme)].Svg!.Markup);
                html.Append($"<a class=\"{theme.CssClass}\" href=\"/{file}\">Open the diagram full size</a>");
            }

            html.Append("</p>");
            if (caption is not null)
            {
                html.Append("<figcaption>").Append(WebUtility.HtmlEncode(caption)).Append("</figcaption>");
            }

            html.Append("</figure>");
            store.AddRendered(diagram.Source, html.ToString(), token);
        }

        var css = new StringBuilder(DiagramThemes.SwitchCss).Append('\n');
        foreach (var rules in scoped.Values)
        {
            css.Append(rules).Append('\n');
        }

        foreach (var rule in styleClasses.Values)
        {
            css.Append(rule).Append('\n');
        }

        store.Css = css.ToString();
        foreach (var (file, markup) in standalone)
        {
            context.ExtraFiles[file] = Encoding.UTF8.GetBytes(markup);
        }

        if (standalone.Count > 0)
        {
            context.ExtraFiles[$"{FiguresFolder}/diagrams.css"] = Encoding.UTF8.GetBytes(store.Css + DiagramThemes.StandaloneCss);
        }
    }

    /// <summary>Where the standalone SVGs go in output/ ("diagrams/" is input's folder of .mmd files, linked to the repository).</summary>
    public const string FiguresFolder = "figures";

    /// <summary>
    /// An inlined SVG as a file of its own: XML, at its natural size, styled by figures/diagrams.css through an
    /// xml-stylesheet instruction (no inline style: the site's CSP applies to it as to every file).
    /// </summary>
    internal static string Standalone(string markup)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + markup + "</body></html>");
        var svg = document.Body!.Children.First();
        if (SvgRewriter.ViewBoxWidth(svg) is { } width)
        {
            var box = svg.GetAttribute("viewBox")!.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            svg.SetAttribute("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            svg.SetAttribute("height", box[3]);
        }

        svg.SetAttribute("xmlns", "http://www.w3.org/2000/svg");
        if (svg.QuerySelector("[*|href]") is not null || markup.Contains("xlink:", StringComparison.Ordinal))
        {
            svg.SetAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
        }

        var xml = AngleSharp.FormatExtensions.ToHtml(svg, AngleSharp.Xhtml.XhtmlMarkupFormatter.Instance);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/css\" href=\"diagrams.css\"?>\n" + xml + "\n";
    }

    /// <summary>"sequenceDiagram ..." → "Sequence diagram", a title for a diagram that has none.</summary>
    private static string KindOf(string source)
    {
        var first = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("%%", StringComparison.Ordinal)) ?? "";
        var word = first.Split(' ', 2)[0];
        word = word.EndsWith("Diagram", StringComparison.Ordinal) ? word[..^"Diagram".Length] : word;
        var spaced = Regex.Replace(word, "(?<=[a-z])(?=[A-Z])", " ").Trim().ToLowerInvariant();
        return spaced.Length == 0 ? "Diagram" : char.ToUpperInvariant(spaced[0]) + spaced[1..] + " diagram";
    }

    [GeneratedRegex(@"on line (\d+)")]
    private static partial Regex MermaidLine();
}
