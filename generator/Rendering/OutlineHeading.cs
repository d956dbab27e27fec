namespace UnderLoad.Generator.Rendering;

/// <summary>A heading of a page with an id: its level (2-4), id and text.</summary>
public sealed record OutlineHeading(int Level, string Id, string Text);
