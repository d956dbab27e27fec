using System.Text;
using Markdig.Syntax.Inlines;

namespace UnderLoad.Generator.Rendering;

/// <summary>The text of inlines as a reader sees it (the DOM's textContent of what they render to).</summary>
public static class PlainText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.ContentSpan); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case LineBreakInline: text.Append('\n'); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline inner: Append(inner, text); break;
            }
        }
    }
}
