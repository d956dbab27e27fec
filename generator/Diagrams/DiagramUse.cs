namespace UnderLoad.Generator.Diagrams;

/// <summary>Where one diagram is used: the page, the line errors point at, and the file line of its source's line 1.</summary>
internal sealed record DiagramUse(string Source, string Page, string Path, int Line, int FirstSourceLine, string? Label, string? IncludedFrom)
{
    /// <summary>The page and line to report at: the include's line for a diagram from a .mmd file.</summary>
    public (string Path, int Line) Where
    {
        get
        {
            if (IncludedFrom is null) return (Path, Line);
            var colon = IncludedFrom.LastIndexOf(':');
            return (IncludedFrom[..colon], int.Parse(IncludedFrom[(colon + 1)..]));
        }
    }
}
