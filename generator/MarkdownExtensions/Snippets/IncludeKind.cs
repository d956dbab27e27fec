namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>What an include paragraph inserts.</summary>
public enum IncludeKind { Snippet, Output, Diagram }
