namespace UnderLoad.Snippets.DataPartitioning;

// <StableHash>
/// <summary>
/// A hash that is the same in every process and on every machine (string.GetHashCode is randomised
/// per process, so it must never decide where data lives): FNV-1a over UTF-16 code units, then the
/// MurmurHash3 64-bit finaliser so that nearby inputs ("key-1", "key-2") spread over the whole range.
/// </summary>
public static class StableHash
{
    public static ulong Hash64(string s, ulong seed = 0)
    {
        var h = 14695981039346656037UL ^ seed;
        foreach (var c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return Mix(h);
    }

    public static ulong Mix(ulong h)
    {
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }
}
// </StableHash>
