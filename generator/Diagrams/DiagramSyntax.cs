using Markdig.Syntax;
using UnderLoad.Generator.MarkdownExtensions.Snippets;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// What counts as a diagram in markdown, in one place, so the module that renders diagrams and the renderer that
/// inlines them agree: a fenced block whose info string is exactly <c>mermaid</c>, and a paragraph that is only a
/// link to a <c>.mmd</c> file (<c>[diagram](flows/checkout.mmd)</c>, relative to the markdown file).
/// </summary>
public static class DiagramSyntax
{
    /// <summary>
    /// Whether a page's markdown can hold a diagram at all: a ```mermaid block needs "mermaid" in the text, a .mmd link
    /// ".mmd". Pages without either are not searched for diagrams (and not parsed before they are rendered).
    /// </summary>
    public static bool MayAppearIn(string markdown) =>
        markdown.Contains("mermaid", StringComparison.Ordinal) || markdown.Contains(".mmd", StringComparison.OrdinalIgnoreCase);

    public static bool IsMermaid(FencedCodeBlock block) => string.Equals(block.Info, "mermaid", StringComparison.Ordinal);

    /// <summary>The diagram source as the store keys it: the block's lines, '\n'-joined, trailing whitespace trimmed.</summary>
    public static string SourceOf(FencedCodeBlock block) => Normalize(block.Lines.ToString());

    /// <summary>Line ends as '\n', trailing newlines and spaces removed: the exact key <see cref="DiagramStore"/> uses.</summary>
    public static string Normalize(string source) => source.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    /// <summary>Every diagram of a page's syntax tree (the site's own parse, includes recognised), in document order.</summary>
    public static IReadOnlyList<DiagramReference> Find(MarkdownDocument document)
    {
        var found = new List<DiagramReference>();
        foreach (var block in document.Descendants<Block>())
        {
            if (block is FencedCodeBlock fenced && IsMermaid(fenced))
            {
                found.Add(new DiagramReference(fenced.Line, DiagramKind.Fenced, SourceOf(fenced)));
            }
            else if (block is IncludeBlock { Kind: IncludeKind.Diagram } include)
            {
                found.Add(new DiagramReference(include.Line, DiagramKind.Include, include.Url, include.Label));
            }
        }

        return found;
    }
}
