namespace UnderLoad.Generator.Diagrams;

/// <summary>One diagram of the build (by source) with every place it is used, and its renders as they arrive.</summary>
internal sealed class PendingDiagram(string source, IReadOnlyList<DiagramUse> uses)
{
    public string Source { get; } = source;
    public IReadOnlyList<DiagramUse> Uses { get; } = uses;
    public Dictionary<DiagramTheme, string> Svg { get; } = [];
    public bool Failed { get; set; }
}
