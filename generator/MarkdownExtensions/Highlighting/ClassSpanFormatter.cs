using System.Text;
using ColorCode;
using ColorCode.Parsing;
using ColorCode.Styling;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>
/// Writes the tokens of ColorCode's parser as ColorCode's <see cref="HtmlClassFormatter"/> writes them inside its
/// <c>&lt;pre&gt;</c> (a span per scope, with the class its style names, or none), straight into one buffer and with the
/// text escaped as the page writes it: only <c>&amp; &lt; &gt;</c> as references (and a no-break space as
/// <c>&amp;nbsp;</c>), quotes and other characters as they are. HtmlClassFormatter went through a TextWriter, a
/// format string per tag and an escaped copy of every token, and its HTML was cut out of its div and converted back
/// after: about half the time of a short C# block.
/// </summary>
public sealed class ClassSpanFormatter(StyleDictionary styles, ILanguageParser parser) : CodeColorizerBase(styles, parser)
{
    private readonly Dictionary<string, string> _openTags = new(StringComparer.Ordinal);
    private readonly List<(int Index, Scope? Opens)> _insertions = [];
    private StringBuilder _html = new();

    /// <summary>The highlighted HTML of <paramref name="code"/>.</summary>
    public string Format(string code, ILanguage language)
    {
        _html = new StringBuilder(code.Length * 2);
        languageParser.Parse(code, language, Write);
        return _html.ToString();
    }

    protected override void Write(string parsedSourceCode, IList<Scope> scopes)
    {
        // Where each scope opens and closes, in order of place (the order they were added where two share one).
        _insertions.Clear();
        foreach (var scope in scopes) AddInsertions(scope);
        for (var i = 1; i < _insertions.Count; i++)
        {
            var moving = _insertions[i];
            var j = i - 1;
            for (; j >= 0 && _insertions[j].Index > moving.Index; j--) _insertions[j + 1] = _insertions[j];
            _insertions[j + 1] = moving;
        }

        var offset = 0;
        foreach (var (index, opens) in _insertions)
        {
            Escape(parsedSourceCode.AsSpan(offset, index - offset));
            _html.Append(opens is null ? "</span>" : OpenTag(opens.Name));
            offset = index;
        }

        Escape(parsedSourceCode.AsSpan(offset));
    }

    private void AddInsertions(Scope scope)
    {
        _insertions.Add((scope.Index, scope));
        foreach (var child in scope.Children) AddInsertions(child);
        _insertions.Add((scope.Index + scope.Length, null));
    }

    private string OpenTag(string scopeName)
    {
        if (_openTags.TryGetValue(scopeName, out var tag)) return tag;
        var cssClass = Styles.Contains(scopeName) ? Styles[scopeName].ReferenceName : "";
        tag = string.IsNullOrEmpty(cssClass) ? "<span>" : $"<span class=\"{cssClass}\">";
        _openTags[scopeName] = tag;
        return tag;
    }

    /// <summary>
    /// The text as WebUtility.HtmlEncode and the conversion back left it: &amp;, &lt; and &gt; escaped, a no-break
    /// space as &amp;nbsp;, a lone surrogate as U+FFFD, everything else as it is.
    /// </summary>
    private void Escape(ReadOnlySpan<char> text)
    {
        var run = 0; // where the text not yet written starts
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('&' or '<' or '>' or '\u00A0') && !char.IsSurrogate(c)) continue;
            _html.Append(text[run..i]);
            switch (c)
            {
                case '&': _html.Append("&amp;"); break;
                case '<': _html.Append("&lt;"); break;
                case '>': _html.Append("&gt;"); break;
                case '\u00A0': _html.Append("&nbsp;"); break;
                default:
                    // A surrogate pair stays as it is; a lone surrogate becomes the replacement character.
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        _html.Append(text.Slice(i, 2));
                        i++;
                    }
                    else
                    {
                        _html.Append('\uFFFD');
                    }

                    break;
            }

            run = i + 1;
        }

        _html.Append(text[run..]);
    }
}
