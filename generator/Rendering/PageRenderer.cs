using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using UnderLoad.Generator.MarkdownExtensions.Highlighting;
using UnderLoad.Generator.MarkdownExtensions.Summaries;
using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// Writes a page's syntax tree as its final body, in one pass: text escaped as an HTML serializer writes it, links
/// resolved for the output and recorded with their lines, headings with ids and permalinks, table alignment as
/// classes (the CSP allows no inline style), diagrams and snippets inlined; and reads off the same tree what later
/// modules need (<see cref="PageStructure"/>: ids, links, the "On this page" list, search sections). Nothing parses
/// the HTML it writes.
/// </summary>
public static class PageRenderer
{
    /// <param name="book">Where the page goes in the single-file book, to write it for the book instead (after the site's
    /// rendering of the same tree, whose links were recorded).</param>
    public static (string Html, PageStructure Structure) Render(MarkdownDocument ast, MarkdownPipeline pipeline, Document page, BuildContext context,
        Diagrams.PageDiagrams? diagrams, BookScope? book = null)
    {
        var outline = new PageOutline(page, context, book);
        MoveAlignmentToClasses(ast);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var renderers = renderer.ObjectRenderers;
        var links = new LinkRenderer(outline);
        renderers.Replace<LiteralInlineRenderer>(new LiteralRenderer());
        renderers.Replace<HtmlEntityInlineRenderer>(new EntityRenderer());
        renderers.Replace<CodeInlineRenderer>(new CodeSpanRenderer());
        renderers.Replace<LineBreakInlineRenderer>(new LineBreakRenderer());
        renderers.Replace<ThematicBreakRenderer>(new RuleRenderer());
        renderers.Replace<HtmlTaskListRenderer>(new TaskRenderer());
        renderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(links);
        renderers.Replace<AutolinkInlineRenderer>(new AutolinkRenderer(outline, links));
        renderers.Replace<Markdig.Renderers.Html.HeadingRenderer>(new HeadingRenderer(outline));
        renderers.Replace<HtmlInlineRenderer>(new RawInlineRenderer(outline));
        renderers.Replace<HtmlFootnoteGroupRenderer>(new FootnotesRenderer(outline));
        renderers.Replace<HtmlFootnoteLinkRenderer>(new FootnoteLinkRenderer(outline));
        if (!renderers.Replace<SummaryAwareHtmlBlockRenderer>(new RawBlockRenderer(outline))) renderers.Replace<HtmlBlockRenderer>(new RawBlockRenderer(outline));
        renderers.FindExact<CodeBlockHtmlRenderer>()!.Highlighter = context.Highlighter;
        if (renderers.FindExact<MarkdownExtensions.Diagrams.MermaidBlockRenderer>() is { } fences) (fences.Diagrams, fences.Outline) = (diagrams, outline);
        if (renderers.FindExact<MarkdownExtensions.Diagrams.DiagramIncludeRenderer>() is { } included)
        {
            (included.Diagrams, included.Outline) = (diagrams, outline);
            included.Missing = block => context.Diagnostics.Error(page.DisplayPath, block.Line + 1 + page.BodyLineOffset,
                $"diagram '{block.Url}' could not be included", "diagrams are .mmd files under input/; check the path.");
        }
        renderer.Render(ast);

        CollectIds(ast, outline);
        var sections = book is null && RenderMarkdown.Searchable(page) ? Search.SectionJson.Encode(Search.SectionExtractor.Extract(ast, page.FrontMatter!.Title, page.FrontMatter.Summary)) : null;
        // The contents list is part of the layout: on the site its links are the layout's (checked there), in the book the book's.
        var toc = OnThisPage.Build(outline.Headings, id => book is null ? "#" + id : outline.Link("#" + id, 0, fromContent: false));
        return (writer.ToString(), new PageStructure(outline.Ids, outline.Links, toc, sections));
    }

    /// <summary>Every id the tree gives an element through its attributes (footnotes record theirs as they are written).</summary>
    private static void CollectIds(MarkdownDocument ast, PageOutline outline)
    {
        foreach (var node in ast.Descendants())
        {
            if (node.TryGetAttributes()?.Id is { Length: > 0 } id) outline.Ids.Add(id);
        }
    }

    /// <summary>A pipe table's column alignment as a class on each cell (<c>align-right</c>) instead of Markdig's inline style.</summary>
    private static void MoveAlignmentToClasses(MarkdownDocument ast)
    {
        foreach (var table in ast.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            if (columns.Count == 0 || columns.All(c => c.Alignment is null)) continue;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? Math.Min(i, columns.Count - 1) : cell.ColumnIndex;
                    if (columns[index].Alignment is { } align) cell.GetAttributes().AddClass("align-" + align.ToString().ToLowerInvariant());
                }
            }

            foreach (var column in columns) column.Alignment = null;
        }
    }
}
