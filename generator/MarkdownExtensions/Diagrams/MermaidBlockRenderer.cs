using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Rendering;

namespace UnderLoad.Generator.MarkdownExtensions.Diagrams;

/// <summary>A ```mermaid fence as the page's inline SVG; a diagram the build has no drawing of is shown as its source.</summary>
public sealed class MermaidBlockRenderer : HtmlObjectRenderer<FencedCodeBlock>
{
    /// <summary>The page's diagrams (set per page); without them every fence is code.</summary>
    public PageDiagrams? Diagrams { get; set; }

    /// <summary>The page being written (set per page): a diagram's links and ids are recorded there.</summary>
    public PageOutline? Outline { get; set; }

    protected override void Write(HtmlRenderer renderer, FencedCodeBlock block)
    {
        if (DiagramSyntax.IsMermaid(block) && Diagrams?.Fenced(DiagramSyntax.SourceOf(block)) is { } diagram)
        {
            // Drawn at build time, search reads its caption; drawn in the reader's browser, the source's names.
            block.SetData(typeof(Search.SearchContribution), diagram.Files.Count > 0
                ? new Search.SearchContribution(Text: diagram.SearchText) : new Search.SearchContribution(Code: block.Lines.ToString()));
            renderer.EnsureLine().Write(DiagramWriter.Markup(diagram, Outline)).EnsureLine();
            return;
        }

        // Any other fence (or a diagram not drawn) is code: the code renderer after this one writes it.
        var code = renderer.ObjectRenderers.FindExact<Highlighting.CodeBlockHtmlRenderer>()!;
        ((Markdig.Renderers.IMarkdownObjectRenderer)code).Write(renderer, block);
    }
}
