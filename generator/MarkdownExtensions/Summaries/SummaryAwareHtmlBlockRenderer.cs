using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace UnderLoad.Generator.MarkdownExtensions.Summaries;

public sealed partial class SummaryAwareHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteLeafRawLines(block, true, true, true);
            return;
        }

        var html = Render(block);
        renderer.Write(html[..^1]);
        renderer.WriteLine();
    }

    /// <summary>The block as written, its summary lines with their code spans as &lt;code&gt;, each line ending in '\n'.</summary>
    public static string Render(HtmlBlock block)
    {
        if (block.Lines.Count == 0) return "\n";
        var html = new System.Text.StringBuilder();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.ToString();
            html.Append(line.Contains("<summary", StringComparison.OrdinalIgnoreCase) ? WithCode(line) : line).Append('\n');
        }

        return html.ToString();
    }

    /// <summary>`x` between &lt;summary…&gt; and &lt;/summary&gt; → &lt;code&gt;x&lt;/code&gt; (&lt; and &gt; escaped; entities already written stay).</summary>
    public static string WithCode(string line) =>
        Summary().Replace(line, m => m.Groups[1].Value + CodeSpan().Replace(m.Groups[2].Value,
            c => "<code>" + c.Groups[2].Value.Trim().Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal) + "</code>") + m.Groups[3].Value);

    [GeneratedRegex(@"(<summary[^>]*>)(.*?)(</summary>|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();

    [GeneratedRegex(@"(`+)([^`](?:.*?[^`])?)\1(?!`)")]
    private static partial Regex CodeSpan();
}
