using Markdig.Renderers;
using Markdig.Renderers.Html;
using UnderLoad.Generator.Rendering;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>Writes the resolved markup of an include; an unresolved one (already reported) as plain text, not a link to check again.</summary>
public sealed class IncludeBlockRenderer : HtmlObjectRenderer<IncludeBlock>
{
    protected override void Write(HtmlRenderer renderer, IncludeBlock block)
    {
        renderer.EnsureLine();
        if (block.Html is { } html)
        {
            renderer.Write(html);
        }
        else
        {
            var text = $"{block.Kind.ToString().ToLowerInvariant()}: {block.Url}";
            block.SetData(typeof(Search.SearchContribution), new Search.SearchContribution(Text: text + " "));
            renderer.Write($"<p class=\"include-error\">{HtmlText.Text(text)}</p>");
        }

        renderer.EnsureLine();
    }
}
