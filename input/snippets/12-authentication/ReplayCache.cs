using System.Collections.Concurrent;

namespace UnderLoad.Snippets.Authentication;

// <ReplayCache>
/// <summary>
/// Remembers each jti until its token expires (plus skew), so a captured token cannot be
/// presented twice. After that the exp check rejects it anyway, so forgetting is safe and the
/// cache stays bounded by (tokens issued per second) x (lifetime). Across instances use a
/// shared store: Redis SET jti 1 NX EXAT exp does the same in one atomic command.
/// </summary>
public sealed class JtiReplayCache(TimeProvider time, TimeSpan clockSkew)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    /// <summary>True the first time a jti is presented; false on every replay.</summary>
    public bool TryConsume(string jti, DateTimeOffset expiresAt)
    {
        var now = time.GetUtcNow();
        foreach (var (id, forgetAt) in _seen)
            if (forgetAt <= now) _seen.TryRemove(id, out _);
        return _seen.TryAdd(jti, expiresAt + clockSkew);
    }

    public int Count => _seen.Count;
}
// </ReplayCache>
