using Markdig.Extensions.Alerts;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UnderLoad.Generator.MarkdownExtensions.Summaries;

namespace UnderLoad.Generator.Search;

/// <summary>
/// Splits a rendered page's markdown syntax tree into <see cref="SearchSection"/>s at its h2/h3 headings. Prose becomes
/// the section text; code blocks contribute their identifiers (so <c>SemaphoreSlim</c> finds the section whose snippet
/// uses it); diagrams their caption; footnotes nothing. Blocks whose markup came from elsewhere say what they
/// contribute (<see cref="SearchContribution"/>); raw HTML is read as HTML (<see cref="HtmlSectionText"/>).
/// </summary>
public static class SectionExtractor
{
    /// <summary>How much of a section's prose is kept as text: enough for an excerpt, small enough for the budget.</summary>
    public const int LeadLength = 600;

    /// <summary>The weight of a list of sources, against 1 for prose.</summary>
    public const double ReferencesWeight = 0.3;

    /// <summary>Sections of a page, from the tree it was rendered from (after rendering: includes are resolved).</summary>
    public static IReadOnlyList<SearchSection> Extract(MarkdownDocument document, string pageTitle, string summary)
    {
        var builder = new SectionBuilder(pageTitle, summary);
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading && heading.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                builder.Heading(Rendering.PlainText.Of(heading.Inline), id);
            }
            else
            {
                Collect(block, builder);
            }
        }

        return builder.Finish();
    }

    private static void Collect(Block block, SectionBuilder builder)
    {
        if (block.GetData(typeof(SearchContribution)) is SearchContribution contribution)
        {
            contribution.AddTo(builder);
            return;
        }

        switch (block)
        {
            case FootnoteGroup or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                return;
            case FencedCodeBlock fenced when Diagrams.DiagramSyntax.IsMermaid(fenced):
                return; // a diagram not drawn (it would carry a contribution): shown as its source, not searched
            case CodeBlock code:
                builder.Code(code.Lines.ToString());
                return;
            case HtmlBlock html:
                HtmlSectionText.Collect(SummaryAwareHtmlBlockRenderer.Render(html), builder);
                return;
            case AlertBlock alert:
                builder.Text.Append(AlertTitle(alert.Kind.ToString())).Append(' ');
                break;
            case LeafBlock leaf:
                Collect(leaf.Inline, builder);
                builder.Text.Append(' ');
                return;
        }

        if (block is ContainerBlock container)
        {
            foreach (var child in container) Collect(child, builder);
            builder.Text.Append(' ');
        }
    }

    private static void Collect(ContainerInline? container, SectionBuilder builder)
    {
        if (container is null) return;
        var text = builder.Text;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.ContentSpan); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline br: text.Append(br.IsHard ? "\n " : "\n"); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LinkInline { IsImage: true }: text.Append(' '); break;
                case TaskList: text.Append(' '); break;
                case FootnoteLink { IsBackLink: false } note: text.Append(note.Footnote.Order); break;
                case HtmlInline html when !HtmlSectionText.Inline.Contains(TagName(html.Tag)): text.Append(' '); break;
                case ContainerInline inner: Collect(inner, builder); break;
            }
        }
    }

    private static string TagName(string tag)
    {
        var name = tag.AsSpan().TrimStart("</");
        var end = name.IndexOfAny(" \t\n/>");
        return (end < 0 ? name : name[..end]).ToString().ToLowerInvariant();
    }

    /// <summary>The title Markdig writes above an alert (after its icon).</summary>
    private static string AlertTitle(string kind) => kind.ToUpperInvariant() switch
    {
        "NOTE" => "Note",
        "TIP" => "Tip",
        "IMPORTANT" => "Important",
        "WARNING" => "Warning",
        "CAUTION" => "Caution",
        _ => "",
    };
}
