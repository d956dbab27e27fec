namespace UnderLoad.Generator.Pipeline;

/// <summary>A page's front matter: the keys the generator reads, and the rest for the layouts (<see cref="Meta"/>).</summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public int? Topic { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>Every other key (a site without a declared schema, or keys its schema adds), as <c>page.meta</c> in layouts.</summary>
    public IReadOnlyDictionary<string, object?> Meta { get; init; } = new Dictionary<string, object?>();
}
