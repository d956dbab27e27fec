using Markdig.Renderers;
using Markdig.Renderers.Html;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.MarkdownExtensions.Snippets;
using UnderLoad.Generator.Rendering;

namespace UnderLoad.Generator.MarkdownExtensions.Diagrams;

/// <summary>
/// A <c>[label](path.mmd)</c> paragraph as the page's inline SVG; snippet and output includes go on to
/// <see cref="IncludeBlockRenderer"/>. A diagram the build could not include is reported at its line.
/// </summary>
public sealed class DiagramIncludeRenderer : HtmlObjectRenderer<IncludeBlock>
{
    /// <summary>The page's diagrams (set per page).</summary>
    public PageDiagrams? Diagrams { get; set; }

    /// <summary>The page being written (set per page): a diagram's links and ids are recorded there.</summary>
    public PageOutline? Outline { get; set; }

    /// <summary>Reports an include the page's diagrams do not have (set per page).</summary>
    public Action<IncludeBlock>? Missing { get; set; }

    protected override void Write(HtmlRenderer renderer, IncludeBlock block)
    {
        if (block.Kind == IncludeKind.Diagram && Diagrams is not null)
        {
            if (Diagrams.Included(block.Url) is { } diagram)
            {
                block.SetData(typeof(Search.SearchContribution), new Search.SearchContribution(Text: diagram.SearchText));
                renderer.EnsureLine().Write(DiagramWriter.Markup(diagram, Outline)).EnsureLine();
                return;
            }

            Missing?.Invoke(block);
        }

        var includes = renderer.ObjectRenderers.FindExact<IncludeBlockRenderer>()!;
        ((IMarkdownObjectRenderer)includes).Write(renderer, block);
    }
}
