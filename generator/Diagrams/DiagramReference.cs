namespace UnderLoad.Generator.Diagrams;

/// <summary>One diagram a page asks for: where (0-based line in the markdown body) and what.</summary>
public sealed record DiagramReference(int BodyLine, DiagramKind Kind, string Text, string? LinkLabel = null);
