using Document = UnderLoad.Generator.Pipeline.Document;

namespace UnderLoad.Generator.Modules;

/// <summary>A link found on a page, to be checked once every page's anchors are known.</summary>
public sealed record PageLink(string Href, int Line, string? TargetOutputPath, string? TargetFile, string? Fragment, bool FromContent);
