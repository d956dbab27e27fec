namespace UnderLoad.Snippets.DataPartitioning;

// <JumpHash>
/// <summary>
/// Jump consistent hash (Lamping and Veach, 2014): no ring, no memory, perfectly even. Growing from
/// n to n+1 buckets moves exactly the keys that land in the new bucket, about 1/(n+1). Buckets are
/// numbered 0..n-1, so you can only add or remove the last one: a fit for shards of a store,
/// not for arbitrary servers that fail.
/// </summary>
public static class JumpHash
{
    public static int Bucket(ulong key, int buckets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        long b = -1, j = 0;
        while (j < buckets)
        {
            b = j;
            key = key * 2862933555777941757UL + 1;
            j = (long)((b + 1) * ((double)(1L << 31) / ((key >> 33) + 1)));
        }
        return (int)b;
    }
}
// </JumpHash>

// <Rendezvous>
/// <summary>
/// Rendezvous or highest-random-weight hashing (Thaler and Ravishankar, 1998): score every node
/// against the key and take the highest. Removing any node moves only the keys it owned; the cost
/// is O(nodes) per lookup, fine for tens of nodes.
/// </summary>
public sealed class Rendezvous(IEnumerable<string> nodes)
{
    private readonly List<string> _nodes = [.. nodes];

    public void Add(string node) => _nodes.Add(node);

    public void Remove(string node) => _nodes.Remove(node);

    public string NodeFor(string key)
    {
        string? best = null;
        var bestScore = 0UL;
        foreach (var node in _nodes)
        {
            var score = StableHash.Mix(StableHash.Hash64(key) ^ StableHash.Hash64(node));
            if (best is null || score > bestScore) (best, bestScore) = (node, score);
        }
        return best ?? throw new InvalidOperationException("No nodes.");
    }
}
// </Rendezvous>
