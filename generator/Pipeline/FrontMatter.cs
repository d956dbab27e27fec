namespace UnderLoad.Generator.Pipeline;

/// <summary>The front matter schema: these keys and no others.</summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public int? Topic { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
}
