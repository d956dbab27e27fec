using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace UnderLoad.Generator.MarkdownExtensions.Summaries;

/// <summary>
/// Code spans in a <c>&lt;summary&gt;</c> written as inline HTML (an interview question: <c>&lt;details&gt;</c>, then
/// <c>&lt;summary&gt;What is the `alg: none` attack?&lt;/summary&gt;</c>). CommonMark passes an HTML block through as
/// written, so the reader saw the backticks; this renders the backtick spans of a summary line as &lt;code&gt;, the way
/// GitHub's reader expects them, and leaves every other line of the block alone.
/// </summary>
public sealed class SummaryCodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlBlockRenderer>() is not null)
        {
            html.ObjectRenderers.Replace<HtmlBlockRenderer>(new SummaryAwareHtmlBlockRenderer());
        }
    }
}
