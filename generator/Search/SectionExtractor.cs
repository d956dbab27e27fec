using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace UnderLoad.Generator.Search;

/// <summary>
/// Splits a page body (the HTML RenderMarkdown produced, which is exactly the page content: no navigation,
/// no footer) into <see cref="SearchSection"/>s at its h2/h3 headings, with AngleSharp. Prose becomes the
/// section text; code blocks contribute their identifiers (so <c>SemaphoreSlim</c> finds the section whose
/// snippet uses it); diagrams contribute their caption only.
/// </summary>
public static partial class SectionExtractor
{
    private static readonly HtmlParser Parser = new();

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

    private static readonly FrozenSet<string> Inline = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<SearchSection> Extract(string bodyHtml, string pageTitle, string summary) =>
        Extract(Parser.ParseDocument("<!doctype html><html><body>" + bodyHtml + "</body></html>").Body!, pageTitle, summary);

    /// <summary>Sections of a parsed page body (the element whose children are the body's blocks); it is not changed.</summary>
    public static IReadOnlyList<SearchSection> Extract(IElement body, string pageTitle, string summary)
    {
        var sections = new List<SearchSection>();
        var heading = pageTitle;
        var anchor = "";
        var buffer = new Buffer();
        buffer.Text.Append(summary).Append(' ');

        void Flush()
        {
            var prose = SearchText.Collapse(buffer.Text.ToString());
            if (prose.Length > 0 || buffer.Code.Count > 0 || anchor.Length > 0)
            {
                var lead = SearchText.LeadOf(prose);
                var seen = new HashSet<string>(SearchText.WordsOf(lead), StringComparer.OrdinalIgnoreCase);
                var more = SearchText.WordsOf(prose[lead.Length..]).Select(w => w.ToLowerInvariant())
                    .Where(w => !SearchText.StopWords.Contains(w) && seen.Add(w)).ToList();
                var identifiers = buffer.Code.Where(c => SearchText.IdentifierLike(c) && seen.Add(c)).ToList();
                // The References name many things and explain none: they rank below prose.
                var weight = anchor.Length > 0 && ReferenceHeadings.Contains(heading) ? ReferencesWeight : 1.0;
                sections.Add(new SearchSection(heading, anchor, lead, more, identifiers, weight));
            }

            buffer = new Buffer();
        }

        foreach (var element in body.Children)
        {
            if (element.LocalName is "h2" or "h3" && !string.IsNullOrEmpty(element.Id))
            {
                Flush();
                heading = SearchText.Collapse(element.TextContent);
                anchor = element.Id!;
                continue;
            }

            Collect(element, buffer);
        }

        Flush();
        return sections;
    }

    /// <summary>What a section has collected so far.</summary>
    private sealed class Buffer
    {
        public StringBuilder Text { get; } = new();
        public List<string> Code { get; } = [];
    }

    /// <summary>Adds a node's prose to the section text and its code's identifiers to the section's code.</summary>
    private static void Collect(INode node, Buffer buffer)
    {
        var text = buffer.Text;
        var code = buffer.Code;
        if (node is IText t)
        {
            text.Append(t.Data);
            return;
        }

        if (node is not IElement element) return;
        switch (element.LocalName)
        {
            case "script" or "style" or "svg" or "template":
                return;
            case "div" or "section" when element.ClassList.Contains("footnotes"):
                return;
            case "pre":
                if (element.Closest("figure")?.GetAttribute("data-lang") is "mermaid") return;
                foreach (Match m in Identifiers().Matches(element.TextContent))
                {
                    if (!CodeNoise.Contains(m.Value)) code.Add(m.Value);
                }

                return;
            case "figcaption" when element.ParentElement?.ClassList.Contains("code") == true:
                foreach (Match m in Identifiers().Matches(element.TextContent)) code.Add(m.Value);
                return;
        }

        foreach (var child in element.ChildNodes) Collect(child, buffer);
        // Block elements end a run of words: "</p><p>" must not glue the last word to the next one.
        if (!Inline.Contains(element.LocalName)) text.Append(' ');
    }

    /// <summary>How much of a section's prose is kept as text: enough for an excerpt, small enough for the budget.</summary>
    public const int LeadLength = 600;

    /// <summary>The weight of a list of sources, against 1 for prose.</summary>
    public const double ReferencesWeight = 0.3;

    /// <summary>Headings of the lists of sources that end a page.</summary>
    private static readonly FrozenSet<string> ReferenceHeadings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "References", "Further reading", "Sources", "Bibliography",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]{2,}\b")]
    private static partial Regex Identifiers();

}
