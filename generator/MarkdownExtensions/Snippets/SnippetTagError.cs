namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>A problem with the tags of a snippet file, at its line in that file.</summary>
public sealed record SnippetTagError(int Line, string Message);
