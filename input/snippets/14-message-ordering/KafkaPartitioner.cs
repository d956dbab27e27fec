namespace UnderLoad.Snippets.MessageOrdering;

// <Murmur2>
/// <summary>Kafka's key partitioner: <c>Utils.murmur2</c> and <c>Utils.toPositive</c> from the Java client,
/// so a .NET producer puts a key on the same partition as a Java producer does.</summary>
public static class KafkaPartitioner
{
    public static int Murmur2(ReadOnlySpan<byte> data)
    {
        const uint seed = 0x9747b28c;
        const uint m = 0x5bd1e995;
        const int r = 24;
        var length = data.Length;
        var h = seed ^ (uint)length;

        var i = 0;
        for (; i + 4 <= length; i += 4)
        {
            var k = (uint)(data[i] | data[i + 1] << 8 | data[i + 2] << 16 | data[i + 3] << 24); // little-endian
            k *= m;
            k ^= k >> r;
            k *= m;
            h *= m;
            h ^= k;
        }

        switch (length - i) // the last 1–3 bytes, falling through like Java's switch
        {
            case 3: h ^= (uint)data[i + 2] << 16; goto case 2;
            case 2: h ^= (uint)data[i + 1] << 8; goto case 1;
            case 1: h ^= data[i]; h *= m; break;
        }

        h ^= h >> 13;
        h *= m;
        h ^= h >> 15;
        return (int)h;
    }

    /// <summary>Not Math.Abs: Math.Abs(int.MinValue) is negative. Kafka masks the sign bit.</summary>
    public static int ToPositive(int n) => n & 0x7fffffff;

    /// <summary>The partition of a keyed record: the same for the same key, as long as the count stays.</summary>
    public static int PartitionForKey(ReadOnlySpan<byte> key, int numPartitions) =>
        ToPositive(Murmur2(key)) % numPartitions;
}
// </Murmur2>
