namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>A named region of a snippet file: its code (dedented, tag lines removed) and where it sits.</summary>
public sealed record SnippetRegion(string Name, int StartLine, int EndLine, string Code, IReadOnlyList<int> SourceLines);
