namespace UnderLoad.Snippets.Http;

// <SlowStart>
/// <summary>
/// Idealised TCP slow start (RFC 5681 §3.1): the sender may have cwnd bytes unacknowledged;
/// every round trip delivers one window, and the window doubles until it reaches ssthresh,
/// then grows by one segment per round trip (congestion avoidance). No loss, no receive-window limit.
/// </summary>
public static class SlowStart
{
    /// <summary>RFC 6928: IW = min(10*MSS, max(2*MSS, 14600)).</summary>
    public static int InitialWindowRfc6928(int mss) => Math.Min(10 * mss, Math.Max(2 * mss, 14_600));

    /// <summary>RFC 3390 (the previous rule): IW = min(4*MSS, max(2*MSS, 4380)).</summary>
    public static int InitialWindowRfc3390(int mss) => Math.Min(4 * mss, Math.Max(2 * mss, 4_380));

    /// <summary>Round trips of data transfer needed to deliver <paramref name="bytes"/> on a fresh connection.</summary>
    public static int RoundTrips(long bytes, int mss, int initialWindow, long ssthresh = long.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialWindow);
        long cwnd = initialWindow, sent = 0;
        var rounds = 0;
        while (sent < bytes)
        {
            sent += cwnd;                                  // one window per round trip
            rounds++;
            cwnd = cwnd < ssthresh ? Math.Min(cwnd * 2, ssthresh) // slow start: doubles per RTT
                                   : cwnd + mss;                  // congestion avoidance: +1 MSS per RTT
        }
        return rounds;
    }
}
// </SlowStart>
