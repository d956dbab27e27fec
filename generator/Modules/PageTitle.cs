using Markdig;
using Markdig.Syntax;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// A page's title when its front matter gives none: the text of its first level-1 heading (as mdBook and MkDocs
/// take it), else its file name in words (a folder's README.md or index.md: the folder's name).
/// </summary>
public static class PageTitle
{
    public static string Of(string markdown, string relativePath)
    {
        var heading = Markdown.Parse(markdown).Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        if (heading?.Inline is { } inline)
        {
            var plain = PlainText(inline);
            if (plain.Length > 0) return plain;
        }

        return FromFileName(relativePath);
    }

    /// <summary>"getting-started.md" → "Getting started"; "cli/README.md" → "Cli"; the root's README.md → "".</summary>
    public static string FromFileName(string relativePath)
    {
        var parts = relativePath.Split('/');
        var name = Path.GetFileNameWithoutExtension(parts[^1]);
        if ((name.Equals("README", StringComparison.OrdinalIgnoreCase) || name.Equals("index", StringComparison.OrdinalIgnoreCase)) && parts.Length > 1)
        {
            name = parts[^2];
        }

        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The heading's text without markup: literals and code spans, in order.</summary>
    private static string PlainText(Markdig.Syntax.Inlines.ContainerInline inline)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            if (node is Markdig.Syntax.Inlines.LiteralInline literal) text.Append(literal.Content.ToString());
            else if (node is Markdig.Syntax.Inlines.CodeInline code) text.Append(code.Content);
        }

        return text.ToString().Trim();
    }
}
