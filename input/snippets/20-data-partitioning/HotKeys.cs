namespace UnderLoad.Snippets.DataPartitioning;

// <CountMinSketch>
/// <summary>
/// Count-min sketch (Cormode and Muthukrishnan, 2005): depth rows of width counters, one hash per
/// row. An estimate is the minimum over rows, so it never undercounts, and with width = ceil(e/eps)
/// and depth = ceil(ln(1/delta)) it overcounts by more than eps * total with probability below delta.
/// Memory is fixed however many distinct keys pass through.
/// </summary>
public sealed class CountMinSketch
{
    private readonly long[,] _counts;
    private readonly int _width, _depth;

    public CountMinSketch(double epsilon, double delta)
    {
        _width = (int)Math.Ceiling(Math.E / epsilon);
        _depth = (int)Math.Ceiling(Math.Log(1 / delta));
        _counts = new long[_depth, _width];
    }

    public int Width => _width;
    public int Depth => _depth;
    public long Total { get; private set; }

    public long Add(string key)
    {
        Total++;
        var estimate = long.MaxValue;
        for (var row = 0; row < _depth; row++)
        {
            var col = (int)(StableHash.Hash64(key, (ulong)row + 1) % (ulong)_width);
            estimate = Math.Min(estimate, ++_counts[row, col]);
        }
        return estimate;
    }

    public long Estimate(string key)
    {
        var estimate = long.MaxValue;
        for (var row = 0; row < _depth; row++)
            estimate = Math.Min(estimate, _counts[row, (int)(StableHash.Hash64(key, (ulong)row + 1) % (ulong)_width)]);
        return estimate;
    }
}
// </CountMinSketch>

// <HotKeyDetector>
/// <summary>Flags a key as hot once its estimated share of recent traffic passes a threshold.</summary>
public sealed class HotKeyDetector(CountMinSketch sketch, double hotShare, long minSamples = 1_000)
{
    private readonly HashSet<string> _hot = [];

    public IReadOnlyCollection<string> Hot => _hot;

    public void Observe(string key)
    {
        var estimate = sketch.Add(key);
        if (sketch.Total >= minSamples && estimate >= hotShare * sketch.Total) _hot.Add(key);
    }
}
// </HotKeyDetector>

// <KeySalting>
/// <summary>
/// Spreads one hot logical key over <paramref name="fanout"/> physical keys ("views#0".."views#7"),
/// which hash to different partitions. Writes pick one salt; reads of the total must visit all
/// of them and combine: you trade one hot partition for a fan-out read.
/// </summary>
public sealed class KeySalter(int fanout, Random random)
{
    public string WriteKey(string key) => $"{key}#{random.Next(fanout)}";

    public IEnumerable<string> ReadKeys(string key) =>
        Enumerable.Range(0, fanout).Select(i => $"{key}#{i}");
}
// </KeySalting>
