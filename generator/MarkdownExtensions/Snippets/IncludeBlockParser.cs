using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// Recognises an include paragraph — a line that is only <c>[snippet|output|diagram](path "options")</c> —
/// and hands it to the <see cref="IncludeResolver"/> of the build (found in the parser context).
/// On GitHub the same line shows as a link to the file, so a pull request still reads sensibly.
/// </summary>
public sealed partial class IncludeBlockParser : BlockParser
{
    [GeneratedRegex("""^\[(snippet|output|diagram)\]\(\s*([^)\s]+)(?:\s+"([^"]*)")?\s*\)\s*$""")]
    private static partial Regex IncludeLine();

    public IncludeBlockParser() => OpeningCharacters = ['['];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var match = IncludeLine().Match(processor.Line.ToString());
        if (!match.Success) return BlockState.None;

        var block = new IncludeBlock(this)
        {
            Kind = Enum.Parse<IncludeKind>(match.Groups[1].Value, ignoreCase: true),
            Url = match.Groups[2].Value,
            Title = match.Groups[3].Success ? match.Groups[3].Value : null,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        var properties = processor.Context?.Properties;
        if (properties is not null && properties.TryGetValue(typeof(Document), out var doc) && properties.TryGetValue(typeof(IncludeResolver), out var resolver))
        {
            block.Html = ((IncludeResolver)resolver).Resolve(block, (Document)doc);
        }

        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }
}
