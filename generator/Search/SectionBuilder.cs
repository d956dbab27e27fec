using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.Search;

/// <summary>
/// Collects a page's sections as its content is walked in order: the text before the first heading belongs to the page
/// (its title and summary), each h2/h3 starts a section; prose is kept as words, code as the identifiers it names.
/// </summary>
public sealed partial class SectionBuilder
{
    /// <summary>Words of code that say nothing about a section: C# and SQL keywords, common types.</summary>
    private static readonly FrozenSet<string> CodeNoise = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "abstract", "async", "await", "base", "bool", "break", "byte", "case", "catch", "char", "class", "const",
        "continue", "decimal", "default", "delegate", "double", "else", "enum", "event", "false", "finally",
        "fixed", "float", "for", "foreach", "get", "if", "in", "init", "int", "interface", "internal", "is",
        "long", "namespace", "new", "null", "object", "out", "override", "params", "private", "protected",
        "public", "readonly", "record", "ref", "return", "sealed", "set", "short", "static", "string", "struct",
        "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "using", "var", "virtual", "void",
        "when", "where", "while", "with", "yield", "value", "nameof", "required", "select", "from", "and", "not",
        "the", "let", "end", "then",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Headings of the lists of sources that end a page.</summary>
    private static readonly FrozenSet<string> ReferenceHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "References", "Further reading", "Sources", "Bibliography",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly List<SearchSection> _sections = [];
    private readonly StringBuilder _text = new();
    private readonly List<string> _code = [];
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase); // words of the section so far: kept once
    private string _heading;
    private string _anchor = "";

    public SectionBuilder(string pageTitle, string summary)
    {
        _heading = pageTitle;
        _text.Append(summary).Append(' ');
    }

    /// <summary>Prose as it reads (whitespace is collapsed later).</summary>
    public StringBuilder Text => _text;

    /// <summary>The identifiers of code shown in the section (keywords and common types left out).</summary>
    public void Code(string code)
    {
        var noise = CodeNoise.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in Identifiers().EnumerateMatches(code))
        {
            var name = code.AsSpan(m.Index, m.Length);
            if (!noise.Contains(name) && SearchText.IdentifierLike(name)) _code.Add(name.ToString());
        }
    }

    /// <summary>The identifiers of a code block's caption (its file and region), keywords included.</summary>
    public void Caption(string caption)
    {
        foreach (var m in Identifiers().EnumerateMatches(caption))
        {
            var name = caption.AsSpan(m.Index, m.Length);
            if (SearchText.IdentifierLike(name)) _code.Add(name.ToString());
        }
    }

    /// <summary>An h2/h3 with an id: the section so far ends, a new one starts.</summary>
    public void Heading(string text, string anchor)
    {
        Flush();
        _heading = SearchText.Collapse(text);
        _anchor = anchor;
    }

    public IReadOnlyList<SearchSection> Finish()
    {
        Flush();
        return _sections;
    }

    private void Flush()
    {
        var prose = SearchText.Collapse(_text);
        if (prose.Length > 0 || _code.Count > 0 || _anchor.Length > 0)
        {
            var lead = SearchText.LeadOf(prose);
            var seen = _seen;
            seen.Clear();
            var seenWord = seen.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var word in SearchText.Words(lead)) seenWord.Add(word);
            // The further words, lower-cased, without stop words and words seen before; only the words kept become strings.
            var more = new List<string>();
            var stop = SearchText.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> small = stackalloc char[128];
            foreach (var word in SearchText.Words(prose.AsSpan(lead.Length)))
            {
                var lower = word.Length <= small.Length ? small[..word.Length] : new char[word.Length];
                word.ToLowerInvariant(lower);
                if (stop.Contains(lower) || seenWord.Contains(lower)) continue;
                var kept = lower.ToString();
                seen.Add(kept);
                more.Add(kept);
            }

            var identifiers = _code.Where(seen.Add).ToList();
            // The References name many things and explain none: they rank below prose.
            var weight = _anchor.Length > 0 && ReferenceHeadings.Contains(_heading) ? SectionExtractor.ReferencesWeight : 1.0;
            _sections.Add(new SearchSection(_heading, _anchor, lead, more, identifiers, weight));
        }

        _text.Clear();
        _code.Clear();
    }

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]{2,}\b")]
    private static partial Regex Identifiers();
}
