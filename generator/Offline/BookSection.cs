namespace UnderLoad.Generator.Offline;

/// <summary>A page written for the single-file book from its syntax tree: its body and its "On this page" list, ids and links the book's.</summary>
public sealed record BookSection(string Body, string? Toc);
