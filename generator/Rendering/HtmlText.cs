using System.Buffers;
using System.Text;
using Markdig.Renderers;

namespace UnderLoad.Generator.Rendering;

/// <summary>
/// Text and attribute values written the way an HTML serializer writes them (the WHATWG fragment serialization
/// algorithm): in text only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and the no-break space are escaped, in an attribute
/// value only <c>&amp;</c>, <c>"</c> and the no-break space. Markdig also escapes quotes in text; pages written with this
/// are the same bytes a browser's <c>innerHTML</c> gives back.
/// </summary>
public static class HtmlText
{
    private static readonly SearchValues<char> InText = SearchValues.Create("&<>\u00A0");
    private static readonly SearchValues<char> InAttribute = SearchValues.Create("&\"\u00A0");

    public static void WriteText(HtmlRenderer renderer, ReadOnlySpan<char> text) => Write(renderer, text, attribute: false);

    public static void WriteAttribute(HtmlRenderer renderer, ReadOnlySpan<char> value) => Write(renderer, value, attribute: true);

    public static string Text(string text) => Escape(text, attribute: false);

    public static string Attribute(string value) => Escape(value, attribute: true);

    private static void Write(HtmlRenderer renderer, ReadOnlySpan<char> text, bool attribute)
    {
        while (true)
        {
            var i = text.IndexOfAny(attribute ? InAttribute : InText);
            if (i < 0)
            {
                renderer.Write(text);
                return;
            }

            renderer.Write(text[..i]);
            renderer.Write(Reference(text[i]));
            text = text[(i + 1)..];
        }
    }

    private static string Escape(string text, bool attribute)
    {
        var span = text.AsSpan();
        var first = span.IndexOfAny(attribute ? InAttribute : InText);
        if (first < 0) return text;
        var result = new StringBuilder(text.Length + 16).Append(span[..first]);
        foreach (var c in span[first..])
        {
            if (c == '&' || c == '\u00A0' || (attribute ? c == '"' : c is '<' or '>')) result.Append(Reference(c));
            else result.Append(c);
        }

        return result.ToString();
    }

    private static string Reference(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&nbsp;",
    };
}
