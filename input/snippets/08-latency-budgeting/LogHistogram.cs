using System.Numerics;

namespace UnderLoad.Snippets.LatencyBudgeting;

// <LogHistogram>
/// <summary>
/// An HdrHistogram-style latency histogram: every power-of-two range ("octave") is split into
/// 2^precisionBits linear sub-buckets, so a recorded value is off by less than 1/2^precisionBits
/// of itself (precisionBits = 7: under 0.79 %), whatever its magnitude, in a fixed array.
/// </summary>
public sealed class LogHistogram
{
    private readonly int _precisionBits;
    private readonly int _subBuckets;           // 2^precisionBits
    private readonly long[] _counts;

    public LogHistogram(int precisionBits = 7)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(precisionBits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(precisionBits, 16);
        _precisionBits = precisionBits;
        _subBuckets = 1 << precisionBits;
        _counts = new long[IndexOf(long.MaxValue) + 1];
    }

    public long Count { get; private set; }
    public long Max { get; private set; }
    public double Mean => Count == 0 ? 0 : _sum / Count;
    private double _sum;

    /// <summary>Largest relative error of a reported value: 1 / 2^precisionBits.</summary>
    public double RelativeError => 1.0 / _subBuckets;

    public void Record(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        _counts[IndexOf(value)]++;
        Count++;
        _sum += value;
        if (value > Max) Max = value;
    }

    /// <summary>The value at or below which <paramref name="percentile"/> % of recordings fall
    /// (nearest rank), reported as the highest value its bucket can hold.</summary>
    public long ValueAtPercentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (Count == 0) throw new InvalidOperationException("No values recorded.");
        long rank = Math.Max(1, (long)Math.Ceiling(percentile / 100.0 * Count));
        long seen = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return Math.Min(HighestInBucket(i), Max);
        }
        throw new InvalidOperationException("unreachable: rank <= Count");
    }

    // Values below 2 * 2^p are their own bucket (exact). Above, octave e = floor(log2 v) keeps
    // its top p+1 bits: bucket width 2^(e-p) against a value of at least 2^e.
    private int IndexOf(long value)
    {
        if (value < 2L * _subBuckets) return (int)value;
        int shift = BitOperations.Log2((ulong)value) - _precisionBits;
        return shift * _subBuckets + (int)(value >> shift);
    }

    private long HighestInBucket(int index)
    {
        if (index < 2 * _subBuckets) return index;
        int shift = index / _subBuckets - 1;
        long top = index - shift * _subBuckets;   // the kept top bits, in [2^p, 2^(p+1))
        return ((top + 1) << shift) - 1;
    }
}
// </LogHistogram>
