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

    /// <summary>
    /// Decodes the character references an encoder wrote for characters that need none in text (<c>&amp;quot;</c>,
    /// <c>&amp;#39;</c>, <c>&amp;#167;</c>), keeping <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c> and writing the no-break
    /// space as <c>&amp;nbsp;</c>: for markup whose text came out of <see cref="System.Net.WebUtility.HtmlEncode(string)"/>
    /// (ColorCode's tokens), so code reads the same bytes as the rest of the page.
    /// </summary>
    public static string CanonicalReferences(string html)
    {
        var amp = html.IndexOf('&');
        if (amp < 0) return html;
        var result = new StringBuilder(html.Length).Append(html, 0, amp);
        for (var i = amp; i < html.Length; i++)
        {
            var c = html[i];
            if (c != '&')
            {
                result.Append(c);
                continue;
            }

            var end = html.IndexOf(';', i);
            var name = end < 0 || end - i > 10 ? default : html.AsSpan((i + 1)..end);
            if (name is "quot")
            {
                result.Append('"');
                i = end;
            }
            else if (name.Length > 1 && name[0] == '#' && int.TryParse(name[1..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
                     && (code == 39 || code == 160 || (code > 160 && code <= 0x10FFFF && code is not (>= 0xD800 and <= 0xDFFF))))
            {
                result.Append(code == 39 ? "'" : code == 160 ? "&nbsp;" : char.ConvertFromUtf32(code));
                i = end;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
