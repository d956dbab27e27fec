namespace UnderLoad.Snippets.DataPartitioning;

// <RangePartitions>
/// <summary>
/// Range partitioning: sorted split points divide the key space into contiguous ranges,
/// [-inf, s0), [s0, s1), ..., [sN-1, +inf). A range scan touches only the partitions it overlaps,
/// and a partition that grows too large is split at its median key (what HBase, Bigtable and
/// CockroachDB do automatically).
/// </summary>
public sealed class RangePartitions
{
    private readonly List<string> _splits = [];               // sorted, ordinal
    private readonly List<SortedSet<string>> _parts = [new(StringComparer.Ordinal)];

    public int Count => _parts.Count;
    public IReadOnlyList<string> SplitPoints => _splits;

    public int PartitionOf(string key)
    {
        var i = _splits.BinarySearch(key, StringComparer.Ordinal);
        return i >= 0 ? i + 1 : ~i;   // a key equal to a split point starts the next range
    }

    public void Insert(string key, int maxPerPartition)
    {
        var p = PartitionOf(key);
        _parts[p].Add(key);
        if (_parts[p].Count > maxPerPartition) Split(p);
    }

    public int Size(int partition) => _parts[partition].Count;

    /// <summary>Partitions a scan of [from, to) must visit.</summary>
    public IEnumerable<int> PartitionsFor(string from, string to)
    {
        var last = PartitionOf(to);
        if (last > 0 && string.CompareOrdinal(_splits[last - 1], to) == 0) last--; // 'to' is exclusive
        for (var p = PartitionOf(from); p <= last; p++) yield return p;
    }

    private void Split(int p)
    {
        var keys = _parts[p].ToArray();
        var median = keys[keys.Length / 2];
        var right = new SortedSet<string>(keys[(keys.Length / 2)..], StringComparer.Ordinal);
        _parts[p] = new SortedSet<string>(keys[..(keys.Length / 2)], StringComparer.Ordinal);
        _parts.Insert(p + 1, right);
        _splits.Insert(p, median);
    }
}
// </RangePartitions>
