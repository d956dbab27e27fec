using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>Writes the resolved markup of an include; an unresolved one (already reported) as plain text, not a link to check again.</summary>
public sealed class IncludeBlockRenderer : HtmlObjectRenderer<IncludeBlock>
{
    protected override void Write(HtmlRenderer renderer, IncludeBlock block)
    {
        renderer.EnsureLine();
        renderer.Write(block.Html ?? $"<p class=\"include-error\">{block.Kind.ToString().ToLowerInvariant()}: {WebUtility.HtmlEncode(block.Url)}</p>");
        renderer.EnsureLine();
    }
}
