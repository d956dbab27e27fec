namespace UnderLoad.Snippets.ConsistencyModels;

public enum Causality { Equal, Before, After, Concurrent }

// <VectorClock>
/// <summary>
/// One counter per node. A node increments its own entry on every write; a clock that is greater or
/// equal in every entry happened after the other. If each clock is ahead in some entry, neither write
/// saw the other: they are concurrent, and a last-writer-wins store would silently drop one.
/// </summary>
public sealed class VectorClock
{
    private readonly SortedDictionary<string, long> _entries;

    public VectorClock() : this(new SortedDictionary<string, long>(StringComparer.Ordinal)) { }

    private VectorClock(SortedDictionary<string, long> entries) => _entries = entries;

    public long this[string node] => _entries.GetValueOrDefault(node);

    public VectorClock Increment(string node)
    {
        var copy = new SortedDictionary<string, long>(_entries, StringComparer.Ordinal);
        copy[node] = this[node] + 1;
        return new VectorClock(copy);
    }

    public VectorClock Merge(VectorClock other)
    {
        var copy = new SortedDictionary<string, long>(_entries, StringComparer.Ordinal);
        foreach (var (node, n) in other._entries)
            copy[node] = Math.Max(n, this[node]);
        return new VectorClock(copy);
    }

    public Causality CompareTo(VectorClock other)
    {
        bool ahead = false, behind = false;
        foreach (var node in _entries.Keys.Union(other._entries.Keys))
        {
            if (this[node] > other[node]) ahead = true;
            if (this[node] < other[node]) behind = true;
        }
        return (ahead, behind) switch
        {
            (false, false) => Causality.Equal,
            (true, false) => Causality.After,
            (false, true) => Causality.Before,
            _ => Causality.Concurrent,
        };
    }

    public override string ToString() =>
        "{" + string.Join(", ", _entries.Select(e => $"{e.Key}:{e.Value}")) + "}";
}
// </VectorClock>

// <SiblingRegister>
/// <summary>
/// A Dynamo-style register: a write replaces every version its clock dominates and keeps the ones it
/// is concurrent with as siblings, which the next reader must merge.
/// </summary>
public sealed class SiblingRegister
{
    private readonly List<(string Value, VectorClock Clock)> _versions = [];

    public IReadOnlyList<(string Value, VectorClock Clock)> Versions => _versions;

    public void Put(string value, VectorClock clock)
    {
        if (_versions.Any(v => v.Clock.CompareTo(clock) is Causality.After or Causality.Equal))
            return; // an older or duplicate write arriving late: ignore it
        _versions.RemoveAll(v => v.Clock.CompareTo(clock) == Causality.Before);
        _versions.Add((value, clock));
    }

    /// <summary>The context a client sends back with its next write: the merge of all siblings it read.</summary>
    public VectorClock Context() =>
        _versions.Aggregate(new VectorClock(), (acc, v) => acc.Merge(v.Clock));
}
// </SiblingRegister>
