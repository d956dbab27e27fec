using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>Plugs snippet, output and diagram includes into Markdig (parser before paragraphs, and its renderer).</summary>
public sealed class IncludeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<IncludeBlockParser>())
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new IncludeBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<IncludeBlockRenderer>();
        }
    }
}
