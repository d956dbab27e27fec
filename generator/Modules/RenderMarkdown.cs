using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UnderLoad.Generator.MarkdownExtensions.Highlighting;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: the page body as HTML (Markdig: auto identifiers, pipe tables, alerts, task lists, figures,
/// footnotes, highlighted code, diagrams). Every link and image carries <c>data-src-line</c>, its line in the
/// source file, so link validation after layout can name <c>path:line</c>.
/// </summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    public const string SourceLineAttribute = "data-src-line";

    /// <summary>
    /// A body `serve`'s memo keeps, by a hash of everything it depends on: its markdown and path, and the state of the
    /// files includes read (snippets, snapshots, coverage, diagram cache). `serve` rebuilds re-render only the pages
    /// whose inputs changed. A page that reported a problem is not kept.
    /// </summary>
    private sealed record Rendered(string Html, IReadOnlyList<(string File, string Region)> Used);

    private const string MemoKind = "body";
    private MarkdownPipeline? _pipeline;
    private string _dependencies = "";

    public override string Phase => "markdown";

    public override IReadOnlyList<Product> Needs => [Products.FrontMatter, Products.StaticFiles, Products.Diagrams, Products.Includes];

    public override IReadOnlyList<Product> Produces => [Products.BodyHtml];

    /// <summary>The Markdig pipeline every page goes through (tests use it on a markdown string).</summary>
    /// <param name="includes">With snippet, output and diagram includes (parsed as include blocks; a build resolves them).</param>
    public static MarkdownPipeline BuildPipeline(bool includes = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseAlertBlocks()
            .UseTaskLists()
            .UseFigures()
            .UseFootnotes()
            // Only ~~strikethrough~~ of the extras: carets and tildes in prose ("2^53", "~5 ms to ~10 ms") stay as written
            // instead of becoming superscript and subscript.
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAutoLinks();
        builder.Extensions.AddIfNotAlready(new HighlightingExtension());
        builder.Extensions.AddIfNotAlready<MarkdownExtensions.Summaries.SummaryCodeExtension>(); // `code` in <summary> lines
        if (includes) builder.Extensions.Add(new MarkdownExtensions.Snippets.IncludeExtension());

        return builder.Build();
    }

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context)
    {
        _pipeline = BuildPipeline(includes: true);
        _dependencies = context.Options.KeepCaches ? DependencyStamp(context) : "";
    }

    /// <summary>Paths, sizes and times of the files a page body can include, plus the options that change it.</summary>
    private static string DependencyStamp(BuildContext context)
    {
        var root = context.RepositoryRoot;
        var stamp = new System.Text.StringBuilder($"{context.Options.Strict}|{context.Options.CoverageReport}|{context.Site.Repository}|{context.Site.Branch}\n");
        foreach (var dir in new[] { Path.Combine(context.Options.InputDir, "snippets"), Path.Combine(root, "tests", "Snippets.Tests") })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                if (file.Contains("/bin/", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal)) continue;
                var info = new FileInfo(file);
                stamp.Append(file).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stamp.ToString())));
    }

    protected override Document? Process(Document document, BuildContext context)
    {
        // Only `serve` keeps bodies (KeepCaches); a one-off build renders every page.
        var key = context.Options.KeepCaches ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{_dependencies}|{document.RelativePath}|{document.BodyLineOffset}|{document.Content}"))) : "";
        var resolver = context.Get(Products.Includes);
        if (context.Options.Memo?.TryGet<Rendered>(MemoKind, key, out var cached) == true)
        {
            // Not parsed again, so its snippet includes are not seen: report them, or their regions look unused.
            resolver.MarkUsed(document.RelativePath, cached.Used);
            return document with { Content = cached.Html };
        }

        var problemsBefore = context.Diagnostics.CountFor(document.DisplayPath);
        var parserContext = new MarkdownParserContext();
        parserContext.Properties[typeof(Document)] = document;
        parserContext.Properties[typeof(BuildContext)] = context;
        parserContext.Properties[typeof(MarkdownExtensions.Snippets.IncludeResolver)] = resolver;
        var diagrams = new Diagrams.PageDiagrams(context.Get(Products.Diagrams), document.RelativePath);
        parserContext.Properties[typeof(Diagrams.PageDiagrams)] = diagrams;
        if (string.IsNullOrWhiteSpace(document.Content))
        {
            context.Diagnostics.Problem(context.Options.Strict, document.DisplayPath, document.BodyLineOffset + 1, "the page has front matter but no text",
                "write the page's body below the closing '---', or delete the file.");
        }

        var ast = Markdig.Markdown.Parse(document.Content, _pipeline!, parserContext);
        AnnotateLinks(ast, document.BodyLineOffset);
        CheckAlerts(ast, document, context);
        CheckImages(ast, document, context);
        var title = ast.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title is not null)
        {
            // The layout prints the title from front matter: drop the body's own H1 so it is not there twice.
            ast.Remove(title);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline!.Setup(renderer);
        var code = renderer.ObjectRenderers.FindExact<CodeBlockHtmlRenderer>()!;
        code.Diagrams = diagrams.Fenced;
        code.Highlighter = context.Highlighter;
        renderer.Render(ast);
        var html = writer.ToString();
        if (context.Options.KeepCaches && context.Diagnostics.CountFor(document.DisplayPath) == problemsBefore)
        {
            context.Options.Memo!.Set(MemoKind, key, new Rendered(html, resolver.UsedBy(document.RelativePath)));
        }

        return document with { Content = html };
    }

    /// <summary>The alert kinds GitHub renders; any other "> [!KIND]" would show as a plain quote there.</summary>
    private static readonly string[] AlertKinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

    private static void CheckAlerts(MarkdownDocument ast, Document document, BuildContext context)
    {
        foreach (var alert in ast.Descendants<Markdig.Extensions.Alerts.AlertBlock>())
        {
            var kind = alert.Kind.ToString();
            if (AlertKinds.Contains(kind, StringComparer.Ordinal)) continue;
            var near = Suggest.Closest(AlertKinds, kind.ToUpperInvariant());
            context.Diagnostics.Error(document.DisplayPath, alert.Line + 1 + document.BodyLineOffset, $"unknown alert type '[!{kind}]'",
                $"alerts are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING] and [!CAUTION]{(near is null ? "" : $" (did you mean '[!{near}]'?)")}.");
        }
    }

    /// <summary>Every image says what it shows: screen readers, the offline book's readers and search need the words.</summary>
    private static void CheckImages(MarkdownDocument ast, Document document, BuildContext context)
    {
        foreach (var image in ast.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (alt.Trim().Length > 0) continue;
            context.Diagnostics.Error(document.DisplayPath, image.Line + 1 + document.BodyLineOffset, $"image '{image.Url}' has no alt text",
                "say what it shows between the brackets: ![Queue depth rising while CPU stays flat](../images/queue.png).");
        }
    }

    /// <summary>Records each link's source line (1-based, in the file) as an attribute for later checks.</summary>
    internal static void AnnotateLinks(MarkdownDocument ast, int lineOffset)
    {
        foreach (var link in ast.Descendants<LinkInline>())
        {
            link.GetAttributes().AddPropertyIfNotExist(SourceLineAttribute, (link.Line + 1 + lineOffset).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
