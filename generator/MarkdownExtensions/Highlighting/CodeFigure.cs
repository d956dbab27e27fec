namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>The markup of one code block, shared by fenced blocks and snippet includes.</summary>
public static class CodeFigure
{
    public static string Render(CodeHighlighter highlighter, string code, string? language, IReadOnlySet<int>? highlighted, string? caption, string figureClass = "code")
    {
        var lang = language is null ? "text" : Rendering.HtmlText.Attribute(language);
        var body = highlighter.Highlight(code, language, highlighted);
        var head = caption is null ? "" : $"<figcaption class=\"code-caption\">{caption}</figcaption>";
        return $"<figure class=\"{figureClass}\" data-lang=\"{lang}\">{head}<pre tabindex=\"0\"><code class=\"language-{lang}\">{body}</code></pre></figure>\n";
    }
}
