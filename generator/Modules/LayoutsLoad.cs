namespace UnderLoad.Generator.Modules;

/// <summary>The theme's layouts folder and its top-level layouts by name (page for page.liquid), as they are parsed.</summary>
public sealed record LayoutsLoad(string Folder, Task<IReadOnlyDictionary<string, ParsedLayout>> Task);
