using System.Collections.Concurrent;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// What `serve` keeps in memory from one build to the next (rendered bodies, processed pages, rewritten diagrams,
/// parsed snippets, highlighted code), bounded: past <see cref="Capacity"/> entries the oldest go first. `serve` owns
/// one and hands it to every build (<see cref="BuildOptions.Memo"/>); a one-off build has none and keeps nothing
/// once it ends. Keys are hashes of everything a result depends on, so an entry is never stale, only unused.
/// </summary>
public sealed class Memo(int capacity = Memo.DefaultCapacity)
{
    /// <summary>Enough for the handbook's results several times over (27 pages hold ~1,500 entries) and a 3000-page site's bodies.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly ConcurrentDictionary<(string Kind, string Key), object> _entries = new();
    private readonly ConcurrentQueue<(string Kind, string Key)> _order = new();

    public int Capacity { get; } = capacity;

    public int Count => _entries.Count;

    public bool TryGet<T>(string kind, string key, out T value) where T : notnull
    {
        if (_entries.TryGetValue((kind, key), out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set<T>(string kind, string key, T value) where T : notnull
    {
        if (_entries.TryAdd((kind, key), value)) _order.Enqueue((kind, key));
        else _entries[(kind, key)] = value;
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
    }

    public T GetOrAdd<T>(string kind, string key, Func<T> compute) where T : notnull
    {
        if (TryGet<T>(kind, key, out var value)) return value;
        value = compute();
        Set(kind, key, value);
        return value;
    }
}
