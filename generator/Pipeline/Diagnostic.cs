namespace UnderLoad.Generator.Pipeline;

/// <summary>One problem, located in the file a contributor edits.</summary>
public sealed record Diagnostic(Severity Severity, string Path, int Line, string Message, string? Hint)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}:{Line}" : Path;
        var text = $"{where}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
        return Hint is null ? text : $"{text}\n    hint: {Hint}";
    }
}
