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

    /// <summary>A word of <see cref="ForEachWord"/>, as a view of the text (nothing is allocated for words not kept).</summary>
    public delegate void WordAction(ReadOnlySpan<char> word);

    /// <summary>Calls <paramref name="action"/> for each run of letters and digits, but one-letter words (a digit on its own counts).</summary>
    public static void ForEachWord(ReadOnlySpan<char> text, WordAction action)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (char.IsLetter(text[i]) || char.IsNumber(text[i])))
            {
                if (start < 0) start = i;
                continue;
            }

            if (start >= 0 && (i - start > 1 || char.IsDigit(text[start]))) action(text[start..i]);
            start = -1;
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
    public static string Collapse(string text) => Collapse(new StringBuilder(text));

    /// <summary><see cref="Collapse(string)"/> of a builder's text, read in place.</summary>
    public static string Collapse(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = result.Length > 0;
                    continue;
                }

                if (space) result.Append(' ');
                space = false;
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>Identifiers of at least three characters (SemaphoreSlim, WaitAsync, proxy_http_version).</summary>
}
