using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using UnderLoad.Generator.Rendering;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>
/// Renders fenced and indented code blocks as highlighted <c>&lt;pre&gt;&lt;code&gt;</c>; a ```mermaid block
/// goes to <see cref="Diagrams"/> (the build-time SVG) when one is registered.
/// </summary>
public sealed class CodeBlockHtmlRenderer : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>Returns the markup of a diagram for its source, or null to render it as code (set per page).</summary>
    public Func<string, Diagrams.DiagramMarkup?>? Diagrams { get; set; }

    /// <summary>The page being written (set per page): a diagram's links and ids are recorded there.</summary>
    public PageOutline? Outline { get; set; }

    /// <summary>The build's highlighter (set per page); a renderer outside a build highlights without caching.</summary>
    public CodeHighlighter Highlighter { get; set; } = new();

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var info = (block as FencedCodeBlock)?.Info?.Trim();
        var language = string.IsNullOrEmpty(info) ? null : info.Split(' ', 2)[0];
        var code = block.Lines.ToString();

        if (language == "mermaid" && Diagrams?.Invoke(code.Replace("\r\n", "\n").TrimEnd('\n')) is { } diagram)
        {
            // Drawn at build time, search reads its caption; drawn in the reader's browser, the source's names.
            block.SetData(typeof(Search.SearchContribution), diagram.Files.Count > 0
                ? new Search.SearchContribution(Text: diagram.SearchText) : new Search.SearchContribution(Code: code));
            renderer.EnsureLine().Write(DiagramWriter.Markup(diagram, Outline)).EnsureLine();
            return;
        }

        renderer.EnsureLine().Write(CodeFigure.Render(Highlighter, code, language, highlighted: null, caption: null)).EnsureLine();
    }
}
