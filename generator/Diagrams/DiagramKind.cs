namespace UnderLoad.Generator.Diagrams;

public enum DiagramKind
{
    /// <summary>A ```mermaid fenced block; <see cref="DiagramReference.Text"/> is its source.</summary>
    Fenced,
    /// <summary>A paragraph that is only a link to a .mmd file; <see cref="DiagramReference.Text"/> is the link's URL.</summary>
    Include,
}
