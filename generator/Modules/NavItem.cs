namespace UnderLoad.Generator.Modules;

public sealed record NavItem(string Title, string OutputPath, int? Topic, string Slug);
