namespace UnderLoad.Snippets.HttpCaching;

public enum CacheStatus { Miss, Hit, Revalidated, Refetched }

/// <summary>What the origin returned; <paramref name="Status"/> 304 means "your copy is still good".</summary>
public sealed record OriginResponse(int Status, byte[] Body, string? ETag, TimeSpan Ttl, string SurrogateKey = "");

public sealed record EdgeResult(CacheStatus Status, byte[] Body, bool OriginCalled, bool BodyFromOrigin);

// <EdgeCache>
/// <summary>
/// A CDN edge in miniature: responses are cached by cache key (the URL) and indexed by the
/// surrogate keys the origin sent in Fastly's format, "Surrogate-Key", space-separated (Akamai's
/// "Edge-Cache-Tag", Cloudflare's "Cache-Tag" and CloudFront's tag header are comma-separated). Purging a key removes exactly the responses
/// tagged with it; a soft purge marks them stale so the next request revalidates with a
/// conditional request instead of refetching the body.
/// </summary>
public sealed class EdgeCache(TimeProvider time)
{
    private sealed class Entry
    {
        public required byte[] Body;
        public required string? ETag;
        public required DateTimeOffset ExpiresAt;
        public required HashSet<string> Tags;
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count { get { lock (_lock) return _entries.Count; } }

    public async Task<EdgeResult> GetAsync(string cacheKey,
        Func<string?, Task<OriginResponse>> origin)   // origin(ifNoneMatch)
    {
        Entry? entry;
        lock (_lock) _entries.TryGetValue(cacheKey, out entry);
        if (entry is not null && time.GetUtcNow() < entry.ExpiresAt)
            return new(CacheStatus.Hit, entry.Body, OriginCalled: false, BodyFromOrigin: false);

        // miss, or stale: revalidate with the validator we hold
        var response = await origin(entry?.ETag);
        if (response.Status == 304 && entry is not null)
        {
            Store(cacheKey, entry.Body, entry.ETag, response.Ttl, string.Join(' ', entry.Tags));
            return new(CacheStatus.Revalidated, entry.Body, OriginCalled: true, BodyFromOrigin: false);
        }
        Store(cacheKey, response.Body, response.ETag, response.Ttl, response.SurrogateKey);
        return new(entry is null ? CacheStatus.Miss : CacheStatus.Refetched, response.Body,
            OriginCalled: true, BodyFromOrigin: true);
    }

    public void Store(string cacheKey, byte[] body, string? etag, TimeSpan ttl, string surrogateKeys)
    {
        var tags = surrogateKeys.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        lock (_lock)
        {
            RemoveLocked(cacheKey);                               // drop the old tag index entries
            _entries[cacheKey] = new Entry { Body = body, ETag = etag, ExpiresAt = time.GetUtcNow() + ttl, Tags = tags };
            foreach (var tag in tags)
            {
                if (!_keysByTag.TryGetValue(tag, out var keys)) _keysByTag[tag] = keys = new(StringComparer.Ordinal);
                keys.Add(cacheKey);
            }
        }
    }

    /// <summary>Hard purge: evicts every response tagged <paramref name="tag"/>; returns how many.</summary>
    public int Purge(string tag)
    {
        lock (_lock)
        {
            if (!_keysByTag.TryGetValue(tag, out var keys)) return 0;
            var victims = keys.ToList();
            foreach (var key in victims) RemoveLocked(key);
            return victims.Count;
        }
    }

    /// <summary>Soft purge: keeps the responses (and their ETags) but makes them stale now.</summary>
    public int SoftPurge(string tag)
    {
        lock (_lock)
        {
            if (!_keysByTag.TryGetValue(tag, out var keys)) return 0;
            foreach (var key in keys) _entries[key].ExpiresAt = time.GetUtcNow();
            return keys.Count;
        }
    }

    private void RemoveLocked(string cacheKey)
    {
        if (!_entries.Remove(cacheKey, out var old)) return;
        foreach (var tag in old.Tags)
        {
            var keys = _keysByTag[tag];
            keys.Remove(cacheKey);
            if (keys.Count == 0) _keysByTag.Remove(tag);          // the index never outgrows the cache
        }
    }

    public int TagCount { get { lock (_lock) return _keysByTag.Count; } }
}
// </EdgeCache>
