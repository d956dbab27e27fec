namespace UnderLoad.Generator.Site;

/// <summary>One key of a declared <see cref="FrontMatterSchema"/>: its type (text, number, list, bool) and whether it is required.</summary>
public sealed class FrontMatterField
{
    /// <summary>text, number, list or bool.</summary>
    public string Type { get; set; } = "text";

    public bool Required { get; set; }

    /// <summary>What the key is for, printed in hints.</summary>
    public string Description { get; set; } = "";
}
