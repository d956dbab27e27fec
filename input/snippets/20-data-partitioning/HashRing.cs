namespace UnderLoad.Snippets.DataPartitioning;

// <HashRing>
/// <summary>
/// Consistent hashing (Karger et al., 1997) with virtual nodes: each physical node owns
/// <c>virtualNodes</c> points on a 64-bit ring, and a key belongs to the first point clockwise
/// from its hash. Adding a node takes over only the arcs in front of its new points, about 1/N of
/// the keys; more points per node make every node's share of the ring closer to 1/N.
/// </summary>
public sealed class HashRing(int virtualNodes)
{
    private ulong[] _points = [];
    private string[] _owners = [];
    private readonly HashSet<string> _nodes = [];

    public IReadOnlyCollection<string> Nodes => _nodes;

    public void Add(string node) { if (_nodes.Add(node)) Rebuild(); }

    public void Remove(string node) { if (_nodes.Remove(node)) Rebuild(); }

    public string NodeFor(string key)
    {
        if (_points.Length == 0) throw new InvalidOperationException("The ring has no nodes.");
        var h = StableHash.Hash64(key);
        var i = Array.BinarySearch(_points, h);
        if (i < 0) i = ~i;                  // first point >= h
        if (i == _points.Length) i = 0;     // wrap around the ring
        return _owners[i];
    }

    private void Rebuild()
    {
        var points = new List<(ulong Point, string Node)>(_nodes.Count * virtualNodes);
        foreach (var node in _nodes)
            for (var v = 0; v < virtualNodes; v++)
                points.Add((StableHash.Hash64($"{node}#{v}"), node));
        points.Sort((a, b) => a.Point.CompareTo(b.Point));
        _points = points.Select(p => p.Point).ToArray();
        _owners = points.Select(p => p.Node).ToArray();
    }
}
// </HashRing>
