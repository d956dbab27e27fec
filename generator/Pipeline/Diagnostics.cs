using System.Collections.Concurrent;

namespace UnderLoad.Generator.Pipeline;

/// <summary>Collects every problem of a run, so a contributor sees all of them at once, not only the first.</summary>
public sealed class Diagnostics
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(string path, int line, string message, string? hint = null) =>
        _items.Enqueue(new Diagnostic(Severity.Error, path, line, message, hint));

    public void Warning(string path, int line, string message, string? hint = null) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, path, line, message, hint));

    /// <summary>A problem that ships a worse site: a warning, or an error under <c>--strict</c> (CI).</summary>
    public void Problem(bool strict, string path, int line, string message, string? hint = null)
    {
        if (strict) Error(path, line, message, hint);
        else Warning(path, line, message, hint);
    }

    public IReadOnlyList<Diagnostic> All =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();

    public IEnumerable<Diagnostic> Errors => All.Where(d => d.Severity == Severity.Error);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>How many problems name <paramref name="path"/> (to tell whether a step reported anything for a page).</summary>
    public int CountFor(string path) => _items.Count(d => d.Path == path);
}
