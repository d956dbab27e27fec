namespace UnderLoad.Snippets.ConsistencyModels;

/// <summary>A value as one node sees it, with the replication-log position (version) that node has applied.</summary>
public sealed record VersionedRead(string? Value, long Version, string Node);

// <LeaderFollowers>
/// <summary>
/// A single leader that ships every write to its followers asynchronously. Each follower receives
/// the log in order, <see cref="Follower.Lag"/> after the leader committed it, measured on the
/// injected clock. Reading a follower before its lag has elapsed returns the old value: a stale read.
/// </summary>
public sealed class Leader(TimeProvider clock)
{
    private readonly Dictionary<string, string> _data = [];
    private readonly List<Follower> _followers = [];

    public long Version { get; private set; }

    public Follower AddFollower(string name, TimeSpan lag)
    {
        var follower = new Follower(name, lag, clock);
        _followers.Add(follower);
        return follower;
    }

    /// <summary>Commits locally, acknowledges, and only then ships to followers (async replication).</summary>
    public long Write(string key, string value)
    {
        Version++;
        _data[key] = value;
        var now = clock.GetUtcNow();
        foreach (var f in _followers)
            f.Ship(new LogEntry(Version, key, value, ArrivesAt: now + f.Lag));
        return Version;
    }

    public VersionedRead Read(string key) => new(_data.GetValueOrDefault(key), Version, "leader");
}

public sealed record LogEntry(long Version, string Key, string Value, DateTimeOffset ArrivesAt);

public sealed class Follower(string name, TimeSpan lag, TimeProvider clock)
{
    private readonly Queue<LogEntry> _inFlight = new();
    private readonly Dictionary<string, string> _data = [];
    private long _applied;

    public string Name => name;
    public TimeSpan Lag { get; set; } = lag;

    internal void Ship(LogEntry entry) => _inFlight.Enqueue(entry);

    /// <summary>The highest log position this follower has applied (its replay LSN).</summary>
    public long AppliedVersion { get { CatchUp(); return _applied; } }

    public VersionedRead Read(string key)
    {
        CatchUp();
        return new(_data.GetValueOrDefault(key), _applied, name);
    }

    /// <summary>How long until this follower has applied <paramref name="version"/>, or null if it was never shipped.</summary>
    public TimeSpan? TimeUntil(long version)
    {
        CatchUp();
        if (_applied >= version) return TimeSpan.Zero;
        foreach (var e in _inFlight)
            if (e.Version >= version) return e.ArrivesAt - clock.GetUtcNow();
        return null;
    }

    // The log is applied strictly in order: an entry never overtakes the one before it.
    private void CatchUp()
    {
        var now = clock.GetUtcNow();
        while (_inFlight.TryPeek(out var e) && e.ArrivesAt <= now)
        {
            _inFlight.Dequeue();
            _data[e.Key] = e.Value;
            _applied = e.Version;
        }
    }
}
// </LeaderFollowers>
