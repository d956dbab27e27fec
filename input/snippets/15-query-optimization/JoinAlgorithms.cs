namespace UnderLoad.Snippets.QueryOptimization;

/// <summary>The three physical join algorithms a planner chooses between, over in-memory rows.
/// <see cref="Comparisons"/> counts key comparisons or hash probes: the work each one does.</summary>
public sealed class JoinAlgorithms
{
    public long Comparisons { get; private set; }

    // <NestedLoop>
    /// <summary>For every outer row, scan the whole inner input: O(n·m). Wins when the outer side is tiny
    /// and the inner side is an index lookup (then each "scan" is a few page reads).</summary>
    public IEnumerable<(TL Left, TR Right)> NestedLoop<TL, TR, TK>(
        IEnumerable<TL> outer, IReadOnlyList<TR> inner, Func<TL, TK> outerKey, Func<TR, TK> innerKey)
        where TK : IEquatable<TK>
    {
        foreach (var o in outer)
            foreach (var i in inner)
            {
                Comparisons++;
                if (outerKey(o).Equals(innerKey(i))) yield return (o, i);
            }
    }
    // </NestedLoop>

    // <HashJoin>
    /// <summary>Build a hash table on the smaller input, probe it with each row of the other: O(n+m),
    /// equality joins only, and the build side must fit in memory (work_mem × hash_mem_multiplier in
    /// PostgreSQL, or it is split into batches on disk).</summary>
    public IEnumerable<(TL Left, TR Right)> HashJoin<TL, TR, TK>(
        IEnumerable<TL> probe, IEnumerable<TR> build, Func<TL, TK> probeKey, Func<TR, TK> buildKey)
        where TK : notnull
    {
        var table = build.ToLookup(buildKey);
        foreach (var p in probe)
        {
            Comparisons++;
            foreach (var b in table[probeKey(p)]) yield return (p, b);
        }
    }
    // </HashJoin>

    // <MergeJoin>
    /// <summary>Walk two inputs sorted on the key in step: O(n+m) after sorting, and free when both
    /// come sorted from an index. Handles duplicate keys on both sides.</summary>
    public IEnumerable<(TL Left, TR Right)> MergeJoin<TL, TR, TK>(
        IReadOnlyList<TL> left, IReadOnlyList<TR> right, Func<TL, TK> leftKey, Func<TR, TK> rightKey)
        where TK : IComparable<TK>
    {
        int l = 0, r = 0;
        while (l < left.Count && r < right.Count)
        {
            Comparisons++;
            var c = leftKey(left[l]).CompareTo(rightKey(right[r]));
            if (c < 0) { l++; continue; }
            if (c > 0) { r++; continue; }

            // Equal keys: emit the cross product of the two runs, then skip past both.
            var key = leftKey(left[l]);
            var rEnd = r;
            while (rEnd < right.Count && rightKey(right[rEnd]).CompareTo(key) == 0) { rEnd++; Comparisons++; }
            for (; l < left.Count && leftKey(left[l]).CompareTo(key) == 0; l++, Comparisons++)
                for (var k = r; k < rEnd; k++) yield return (left[l], right[k]);
            r = rEnd;
        }
    }
    // </MergeJoin>
}
