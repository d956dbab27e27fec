using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>
/// Plugs <see cref="CodeBlockHtmlRenderer"/> into Markdig in place of its plain code renderer; a build gives each page's
/// renderer its diagrams and highlighter (RenderMarkdown).
/// </summary>
public sealed class HighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new CodeBlockHtmlRenderer());
        }
    }
}
