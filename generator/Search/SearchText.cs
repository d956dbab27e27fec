using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace UnderLoad.Generator.Search;

/// <summary>How a section's text becomes what the index keeps: collapsed whitespace, a lead, further words, identifiers.</summary>
public static class SearchText
{
    /// <summary>Words the client ignores anyway (it has the same list): left out of <see cref="SearchSection.MoreWords"/>.</summary>
    public static readonly FrozenSet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do", "does", "did", "for", "from",
        "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "not", "of", "on", "or", "our",
        "should", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "to", "use", "used", "using", "vs", "versus", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "without", "would", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first sentences of the prose, up to <see cref="SectionExtractor.LeadLength"/> characters, ending at a sentence or word end.</summary>
    public static string LeadOf(string prose)
    {
        if (prose.Length <= SectionExtractor.LeadLength) return prose;
        var sentence = prose.LastIndexOf(". ", SectionExtractor.LeadLength, StringComparison.Ordinal);
        if (sentence >= SectionExtractor.LeadLength * 2 / 3) return prose[..(sentence + 1)];
        var space = prose.LastIndexOf(' ', SectionExtractor.LeadLength);
        return space > 0 ? prose[..space] : prose[..SectionExtractor.LeadLength];
    }

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, but one-letter words (a digit on its own counts).</summary>
    public static WordEnumerator Words(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// The words of a text as views of it, in a <c>foreach</c>: nothing is allocated for a word that is not kept (a
    /// callback per word cost a delegate call and a closure, ~a third of a page's search text at 300 pages).
    /// </summary>
    public ref struct WordEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _at;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = -1;
            for (; _at <= _text.Length; _at++)
            {
                if (_at < _text.Length && (char.IsLetter(_text[_at]) || char.IsNumber(_text[_at])))
                {
                    if (start < 0) start = _at;
                    continue;
                }

                if (start >= 0 && (_at - start > 1 || char.IsDigit(_text[start])))
                {
                    Current = _text[start.._at];
                    _at++;
                    return true;
                }

                start = -1;
            }

            return false;
        }
    }

    /// <summary>A name as code writes it (SemaphoreSlim, proxy_http_version, Http2), not a word of a comment.</summary>
    public static bool IdentifierLike(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if ((i > 0 && char.IsUpper(c)) || c == '_' || char.IsDigit(c)) return true;
        }

        return false;
    }

    /// <summary>Runs of white space become one space; none at either end.</summary>
    public static string Collapse(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var length = CollapseInto(text, buffer, 0, false, out _);
        var result = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }

    /// <summary><see cref="Collapse(string)"/> of a builder's text, read in place.</summary>
    public static string Collapse(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var length = 0;
        var space = false;
        foreach (var chunk in text.GetChunks()) length = CollapseInto(chunk.Span, buffer, length, space, out space);
        var result = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return result;
    }

    /// <summary>
    /// Appends <paramref name="text"/>, collapsed, to the <paramref name="length"/> characters in <paramref name="buffer"/>
    /// (as large as all the text); <paramref name="space"/> carries a run of white space from one piece of text to the
    /// next. Returns the new length.
    /// </summary>
    private static int CollapseInto(ReadOnlySpan<char> text, char[] buffer, int length, bool space, out bool spaceAfter)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space) buffer[length++] = ' ';
            space = false;
            buffer[length++] = c;
        }

        spaceAfter = space;
        return length;
    }

    /// <summary>Identifiers of at least three characters (SemaphoreSlim, WaitAsync, proxy_http_version).</summary>
}
