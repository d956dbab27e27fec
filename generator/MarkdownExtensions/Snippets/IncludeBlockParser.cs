using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// Recognises an include paragraph — a line that is only <c>[snippet|output|diagram](path "options")</c> —
/// as an <see cref="IncludeBlock"/>; the build's <see cref="IncludeResolver"/> resolves it after parsing (no file is read here).
/// On GitHub the same line shows as a link to the file, so a pull request still reads sensibly.
/// </summary>
public sealed partial class IncludeBlockParser : BlockParser
{
    [GeneratedRegex("""^\[([^\]\[]*)\]\(\s*([^)\s]+)(?:\s+"([^"]*)")?\s*\)\s*$""")]
    private static partial Regex IncludeLine();

    /// <summary>The include a line asks for, or null: the one place that decides what an include (and a diagram include) is.</summary>
    internal static (IncludeKind Kind, string? Label)? KindOf(string text, string url)
    {
        if (text.Equals("snippet", StringComparison.Ordinal)) return (IncludeKind.Snippet, null);
        if (text.Equals("output", StringComparison.Ordinal)) return (IncludeKind.Output, null);
        if (text.Equals("diagram", StringComparison.Ordinal)) return (IncludeKind.Diagram, null);
        var path = url.Split('#', '?')[0];
        var isMmd = path.EndsWith(".mmd", StringComparison.OrdinalIgnoreCase) && !url.Contains("://", StringComparison.Ordinal);
        return isMmd ? (IncludeKind.Diagram, text.Trim().Length == 0 || text.Trim().Equals("diagram", StringComparison.OrdinalIgnoreCase) ? null : text.Trim()) : null;
    }

    public IncludeBlockParser() => OpeningCharacters = ['['];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var match = IncludeLine().Match(processor.Line.ToString());
        if (!match.Success || KindOf(match.Groups[1].Value, match.Groups[2].Value) is not { } include) return BlockState.None;

        var block = new IncludeBlock(this)
        {
            Kind = include.Kind,
            Label = include.Label,
            Url = match.Groups[2].Value,
            Title = match.Groups[3].Success ? match.Groups[3].Value : null,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }
}
