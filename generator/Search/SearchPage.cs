namespace UnderLoad.Generator.Search;

/// <summary>A page of the search index: where it is, what it is called, its topic number and tags.</summary>
public sealed record SearchPage(string OutputPath, string Title, int? Topic, IReadOnlyList<string> Tags);
