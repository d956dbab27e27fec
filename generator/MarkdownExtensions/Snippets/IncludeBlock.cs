using Markdig.Parsers;
using Markdig.Syntax;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// A paragraph that is only an include link — <c>[snippet](../snippets/x/File.cs#Region "highlight=2-4")</c>,
/// <c>[output](../../tests/…/X.Name.verified.txt)</c>, or a link to a <c>.mmd</c> file with any text
/// (<c>[diagram](../diagrams/x.mmd)</c>, <c>[Checkout flow](x.mmd)</c>) — resolved after parsing into the markup to insert (snippets and outputs by <see cref="IncludeResolver"/>, diagrams by the
/// Diagrams extension as the page is written).
/// </summary>
public sealed class IncludeBlock(BlockParser parser) : LeafBlock(parser)
{
    public IncludeKind Kind { get; init; }
    public string Url { get; init; } = "";
    public string? Title { get; init; }
    /// <summary>A diagram include's link text when it is not just "diagram": the figure's label.</summary>
    public string? Label { get; init; }
    /// <summary>The markup to insert (a snippet or an output), or null when the include failed (the error is already reported).</summary>
    public string? Html { get; set; }
}
