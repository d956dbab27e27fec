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
/// Adds: the page body as HTML (Markdig: auto identifiers, pipe tables, alerts, task lists, figures, footnotes,
/// highlighted code, diagrams, snippet includes) and its <see cref="PageStructure"/>, both written from the syntax tree
/// ParseMarkdown made (<see cref="Rendering.PageRenderer"/>): the includes are resolved on the tree first, then one
/// pass writes the body and records its links (with their lines), ids, headings and search sections.
/// </summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    /// <summary>
    /// A body `serve`'s memo keeps, by a hash of everything it depends on: its markdown and path, and the state of the
    /// files includes read (snippets, snapshots, coverage, diagram cache). `serve` rebuilds re-render only the pages
    /// whose inputs changed. A page that reported a problem is not kept.
    /// </summary>
    private sealed record Rendered(string Html, PageStructure Structure, Offline.BookSection? Book, IReadOnlyList<(string File, string Region)> Used);

    private const string MemoKind = "body";
    private MarkdownPipeline? _pipeline;
    private string _dependencies = "";
    private Func<Document, Rendering.BookScope?> _bookScope = _ => null;

    public override string Phase => "markdown";

    public override IReadOnlyList<Product> Needs => [Products.Syntax, Products.StaticFiles, Products.Diagrams, Products.Includes, Products.Navigation];

    public override IReadOnlyList<Product> Produces => [Products.BodyHtml, Products.PageStructure];

    /// <summary>Whether search indexes a page: every page with front matter but the home page and unlisted ones.</summary>
    public static bool Searchable(Document document) =>
        document.FrontMatter is not null && document.OutputPath != "index.html" && !document.NoIndex;

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
        builder.Extensions.AddIfNotAlready<MarkdownExtensions.Diagrams.DiagramExtension>(); // ```mermaid and .mmd links as inline SVG
        builder.Extensions.AddIfNotAlready<MarkdownExtensions.Summaries.SummaryCodeExtension>(); // `code` in <summary> lines
        if (includes) builder.Extensions.Add(new MarkdownExtensions.Snippets.IncludeExtension());

        return builder.Build();
    }

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context)
    {
        _pipeline = BuildPipeline(includes: true);
        _bookScope = Offline.BookScopes.For(documents, context);
        _dependencies = context.Options.KeepCaches ? DependencyStamp(context) + Offline.BookScopes.Stamp(documents, context) : "";
    }

    /// <summary>Paths, sizes and times of the files a page body can include or link to, plus the options that change it.</summary>
    private static string DependencyStamp(BuildContext context)
    {
        var root = context.RepositoryRoot;
        var stamp = new System.Text.StringBuilder($"{context.Options.Strict}|{context.Options.CoverageReport}|{context.Site.Repository}|{context.Site.Branch}|{context.BaseUrl}\n");
        foreach (var (source, copy) in context.StaticFiles.OrderBy(f => f.Key, StringComparer.Ordinal)) stamp.Append(source).Append('>').Append(copy).Append('\n');
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
        var key = context.Options.KeepCaches ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{_dependencies}|{document.RelativePath}|{document.OutputPath}|{document.BodyLineOffset}|{document.FrontMatter?.Title}|{document.FrontMatter?.Summary}|{document.Content}"))) : "";
        var resolver = context.Get(Products.Includes);
        if (context.Options.Memo?.TryGet<Rendered>(MemoKind, key, out var cached) == true)
        {
            // Not rendered again, so its snippet includes are not seen: report them, or their regions look unused.
            resolver.MarkUsed(document.RelativePath, cached.Used);
            return document with { Content = "", StoredBody = context.Bodies.Add(cached.Html), Structure = cached.Structure, BookSection = cached.Book, Syntax = null };
        }

        // A page that may hold a diagram was parsed by ParseMarkdown (its diagrams had to be found first); any other
        // is parsed here, its one parse, and its tree goes with the page.
        var ast = document.Syntax ?? Markdig.Markdown.Parse(document.Content, _pipeline!);
        var problemsBefore = context.Diagnostics.CountFor(document.DisplayPath);
        if (string.IsNullOrWhiteSpace(document.Content))
        {
            context.Diagnostics.Problem(context.Options.Strict, document.DisplayPath, document.BodyLineOffset + 1, "the page has front matter but no text",
                "write the page's body below the closing '---', or delete the file.");
        }

        var diagrams = new Diagrams.PageDiagrams(context.Get(Products.Diagrams), document.RelativePath);
        foreach (var include in ast.Descendants<MarkdownExtensions.Snippets.IncludeBlock>())
        {
            resolver.Resolve(include, document);
        }

        CheckAlerts(ast, document, context);
        CheckImages(ast, document, context);
        var title = ast.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (title is not null)
        {
            // The layout prints the title from front matter: drop the body's own H1 so it is not there twice.
            ast.Remove(title);
        }

        var (html, structure) = Rendering.PageRenderer.Render(ast, _pipeline!, document, context, diagrams);
        // A page of the book is written a second time from the same tree, for the book (its diagrams counted afresh).
        Offline.BookSection? book = null;
        if (_bookScope(document) is { } scope)
        {
            var written = Rendering.PageRenderer.Render(ast, _pipeline!, document, context, new Diagrams.PageDiagrams(context.Get(Products.Diagrams), document.RelativePath), scope);
            book = new Offline.BookSection(written.Html, written.Structure.Toc);
        }

        if (context.Options.KeepCaches && context.Diagnostics.CountFor(document.DisplayPath) == problemsBefore)
        {
            context.Options.Memo!.Set(MemoKind, key, new Rendered(html, structure, book, resolver.UsedBy(document.RelativePath)));
        }

        // The tree is not needed past this point: let it go, so a large site does not hold every page's twice. The body
        // waits for its layout on disk (the layout waits for the search index, which waits for every page).
        return document with { Content = "", StoredBody = context.Bodies.Add(html), Structure = structure, BookSection = book, Syntax = null };
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
}
