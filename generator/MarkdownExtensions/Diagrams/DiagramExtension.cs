using Markdig;
using Markdig.Renderers;

namespace UnderLoad.Generator.MarkdownExtensions.Diagrams;

/// <summary>
/// Diagrams in markdown: a ```mermaid fence and a paragraph that is only a link to a <c>.mmd</c> file
/// (<see cref="Snippets.IncludeBlockParser.KindOf"/> decides what such a link is, for discovery and rendering alike)
/// are written as the build's inline SVG (<see cref="Generator.Diagrams.PageDiagrams"/>, set per page), each occurrence
/// with its own ids. Without a page's diagrams a fence is shown as code.
/// </summary>
public sealed class DiagramExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        // Ahead of the code and include renderers: Markdig asks renderers in order, and these take only diagrams.
        if (!html.ObjectRenderers.Contains<MermaidBlockRenderer>()) html.ObjectRenderers.Insert(0, new MermaidBlockRenderer());
        if (!html.ObjectRenderers.Contains<DiagramIncludeRenderer>()) html.ObjectRenderers.Insert(0, new DiagramIncludeRenderer());
    }
}
