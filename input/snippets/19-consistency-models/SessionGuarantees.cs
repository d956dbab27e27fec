namespace UnderLoad.Snippets.ConsistencyModels;

// <SessionToken>
/// <summary>
/// What a client carries between requests (in a cookie or header): the highest log position it has
/// written or read. Any replica that has applied at least this position can serve the session without
/// breaking read-your-writes or monotonic reads.
/// </summary>
public sealed class SessionToken
{
    public long MinVersion { get; private set; }

    public void Observe(long version) => MinVersion = Math.Max(MinVersion, version);
}
// </SessionToken>

// <SessionReader>
/// <summary>
/// Serves a session's reads from a follower only when that follower has caught up to the session's
/// token. If it will catch up within <paramref name="maxWait"/>, the read waits; otherwise it is
/// routed to the leader.
/// </summary>
public sealed class SessionReader(Leader leader, TimeProvider clock, TimeSpan maxWait)
{
    public int RoutedToLeader { get; private set; }
    public int Waited { get; private set; }

    public long Write(SessionToken session, string key, string value)
    {
        var version = leader.Write(key, value);
        session.Observe(version);
        return version;
    }

    public async Task<VersionedRead> ReadAsync(SessionToken session, Follower replica, string key,
        CancellationToken ct = default)
    {
        var eta = replica.TimeUntil(session.MinVersion);
        VersionedRead read;
        if (eta == TimeSpan.Zero)
        {
            read = replica.Read(key);
        }
        else if (eta is { } wait && wait <= maxWait)
        {
            Waited++;
            await Task.Delay(wait, clock, ct);
            read = replica.Read(key);
        }
        else
        {
            RoutedToLeader++;
            read = leader.Read(key);
        }
        session.Observe(read.Version);
        return read;
    }
}
// </SessionReader>
