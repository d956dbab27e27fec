using ColorCode;
using ColorCode.Styling;
using UnderLoad.Generator.MarkdownExtensions.Highlighting;
using System.Text;

namespace UnderLoad.Generator.Tests.MarkdownExtensions.Highlighting;

/// <summary>
/// The formatter that writes the highlighted HTML straight away is a speed-up, not a new output: for every ColorCode
/// language, on the handbook's code and on text with every character it escapes or keeps, its HTML is what ColorCode's
/// HtmlClassFormatter wrote inside its &lt;pre&gt;, with the references the page writes as characters converted back.
/// </summary>
public sealed class ClassSpanFormatterTests
{
    private static readonly string[] Characters =
    [
        "a < b && c > d; s = \"q\" + 'c'; // &amp; &#39; &quot; &nbsp; &#160; &lt;",
        "no\u00A0break, Latin-1 ¡é©ÿ, beyond ĀΩ→ 中文, astral 🚦 𝄞, lone \uD800 high and \uDC00 low, last \uD83D",
        "\"\u0085\u009F\u00A0\u00A1\u00FF\u0100\"",
    ];

    [Theory]
    [MemberData(nameof(RuleByRuleParserTests.Languages), MemberType = typeof(RuleByRuleParserTests))]
    public void Every_language_is_written_as_HtmlClassFormatter_wrote_it(string languageId)
    {
        var language = ColorCode.Languages.FindById(languageId);
        var (compiler, parser) = RuleByRuleParserTests.ColorCodeParser();
        var ours = new ClassSpanFormatter(StyleDictionary.DefaultLight, new RuleByRuleParser(compiler, parser));
        var theirs = new HtmlClassFormatter(StyleDictionary.DefaultLight, new RuleByRuleParser(compiler, parser));
        foreach (var sample in RuleByRuleParserTests.Samples(languageId).Concat(Characters))
        {
            var code = sample.Replace("\r\n", "\n").TrimEnd('\n'); // as CodeHighlighter hands code over
            Assert.Equal(Inside(theirs.GetHtmlString(code, language)), ours.Format(code, language));
        }
    }

    /// <summary>What the highlighter kept of HtmlClassFormatter's HTML: the inside of its pre, references as the page writes them.</summary>
    private static string Inside(string html)
    {
        var start = html.IndexOf("<pre>", StringComparison.Ordinal);
        var inner = html[(start + 5)..html.LastIndexOf("</pre>", StringComparison.Ordinal)];
        if (inner.StartsWith('\n')) inner = inner[1..];
        return CanonicalReferences(inner.TrimEnd('\n'));
    }

    /// <summary>
    /// How the highlighter converted HtmlClassFormatter's references back before it wrote tokens itself: the ones for
    /// characters that need none in text (<c>&amp;quot;</c>, <c>&amp;#39;</c>, <c>&amp;#167;</c>) decoded, <c>&amp;amp;</c>,
    /// <c>&amp;lt;</c>, <c>&amp;gt;</c> kept, the no-break space written as <c>&amp;nbsp;</c>.
    /// </summary>
    private static string CanonicalReferences(string html)
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
