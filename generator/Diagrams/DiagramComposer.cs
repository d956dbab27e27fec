using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Turns the renders of every diagram into what pages inline: each SVG rewritten for the page (CSP-clean, unique ids,
/// accessible; through the build cache and serve's memo), a &lt;figure&gt; per diagram with both themes and links to
/// its full-size files, and the CSS all of them share.
/// </summary>
internal static class DiagramComposer
{
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

    internal static void Compose(IReadOnlyList<PendingDiagram> diagrams, BuildContext context, DiagramStore store)
    {
        var scoped = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var styleClasses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var standalone = new SortedDictionary<string, string>(StringComparer.Ordinal);
        static string TokenOf(PendingDiagram d) => "diagram-" + DiagramCache.Hash(d.Source, 12);
        static string? LabelOf(PendingDiagram d) => d.Uses.Select(u => u.Label).FirstOrDefault(l => l is not null);

        // Rewriting is most of this phase (an AngleSharp parse per SVG): all of them in parallel first, in order after.
        var ready = diagrams.Where(d => !d.Failed && d.Svg.Count == DiagramThemes.All.Count).ToList();
        // By index (diagram × theme), not keyed by tuples: generic code over a value type ReadyToRun cannot precompile
        // was ~30 methods JIT-compiled by every build, one without diagrams too.
        var themes = DiagramThemes.All;
        var rewrites = new Rewritten[ready.Count * themes.Count];
        Parallel.For(0, rewrites.Length, i =>
        {
            var (diagram, theme) = (ready[i / themes.Count], themes[i % themes.Count]);
            try
            {
                rewrites[i] = new Rewritten(Rewrite(diagram.Svg[theme], $"{TokenOf(diagram)}-{theme.Name}", theme.CssClass, LabelOf(diagram) ?? KindOf(diagram.Source), context), null);
            }
            catch (FormatException e)
            {
                rewrites[i] = new Rewritten(null, e);
            }
        });
        Rewritten RewriteOf(int diagram, DiagramTheme theme)
        {
            var t = 0;
            while (themes[t] != theme) t++;
            return rewrites[diagram * themes.Count + t];
        }

        for (var index = 0; index < ready.Count; index++)
        {
            var diagram = ready[index];
            var token = TokenOf(diagram);
            var label = LabelOf(diagram);
            var html = new StringBuilder($"<figure class=\"diagram\" id=\"{token}\">");
            string? caption = null;
            try
            {
                foreach (var theme in DiagramThemes.All)
                {
                    var (svg, error) = RewriteOf(index, theme);
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
                            var (path, line) = use.Where;
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
                    var (path, line) = use.Where;
                    context.Diagnostics.Error(path, line, $"diagram could not be inlined: {e.Message}", "delete its files from input/diagrams-cache/ and build again.");
                }

                continue;
            }

            // Full size, without JavaScript: the render of the reader's theme as a standalone SVG at its natural size.
            html.Append("<p class=\"diagram-open\">");
            var files = new List<string>();
            var text = new StringBuilder();
            foreach (var theme in DiagramThemes.All)
            {
                var file = $"{RenderDiagrams.FiguresFolder}/{token}-{theme.Name}.svg";
                standalone[file] = StandaloneSvg.Of(RewriteOf(index, theme).Svg!.Markup);
                html.Append($"<a class=\"{theme.CssClass}\" href=\"/{file}\">Open the diagram full size</a>");
                files.Add("/" + file);
                text.Append("Open the diagram full size");
            }

            html.Append("</p>");
            text.Append(' ');
            if (caption is not null)
            {
                text.Append(caption).Append(' ');
                html.Append("<figcaption>").Append(Rendering.HtmlText.Text(caption)).Append("</figcaption>");
            }

            html.Append("</figure>");
            store.AddRendered(diagram.Source, html.ToString(), token, files, text.Append(' ').ToString());
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
            context.ExtraFiles[$"{RenderDiagrams.FiguresFolder}/diagrams.css"] = Encoding.UTF8.GetBytes(store.Css + DiagramThemes.StandaloneCss);
        }
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

    /// <summary>One theme's render of a diagram, rewritten for the page, or why it could not be.</summary>
    private sealed record Rewritten(RewrittenSvg? Svg, FormatException? Error);
}
