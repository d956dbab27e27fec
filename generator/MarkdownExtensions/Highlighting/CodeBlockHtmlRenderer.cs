using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>Renders fenced and indented code blocks as highlighted <c>&lt;pre&gt;&lt;code&gt;</c> (diagrams are the Diagrams extension's).</summary>
public sealed class CodeBlockHtmlRenderer : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>The build's highlighter (set per page); a renderer outside a build highlights without caching.</summary>
    public CodeHighlighter Highlighter { get; set; } = new();

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var info = (block as FencedCodeBlock)?.Info?.Trim();
        var language = string.IsNullOrEmpty(info) ? null : info.Split(' ', 2)[0];
        renderer.EnsureLine().Write(CodeFigure.Render(Highlighter, block.Lines.ToString(), language, highlighted: null, caption: null)).EnsureLine();
    }
}
