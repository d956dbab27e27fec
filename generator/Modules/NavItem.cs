namespace UnderLoad.Generator.Modules;

/// <summary>One page in the navigation; <paramref name="Depth"/> is its nesting under the entry above it (SUMMARY.md's sub-chapters, sub-folders).</summary>
public sealed record NavItem(string Title, string OutputPath, int? Topic, string Slug, int Depth = 0);
