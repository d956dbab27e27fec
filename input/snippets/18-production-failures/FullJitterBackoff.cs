namespace UnderLoad.Snippets.ProductionFailures;

// <FullJitter>
/// <summary>Exponential backoff with full jitter: sleep = random(0, min(cap, base * 2^attempt)).</summary>
public sealed class FullJitterBackoff(TimeSpan baseDelay, TimeSpan cap, Random random)
{
    /// <summary>The ceiling before jitter; <paramref name="attempt"/> 0 is the first retry.</summary>
    public TimeSpan Ceiling(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(cap.TotalMilliseconds,
            baseDelay.TotalMilliseconds * Math.Pow(2, attempt)));

    public TimeSpan NextDelay(int attempt) =>
        TimeSpan.FromMilliseconds(random.NextDouble() * Ceiling(attempt).TotalMilliseconds);
}
// </FullJitter>

public static class RetryArrivals
{
    // <Histogram>
    /// <summary>
    /// <paramref name="clients"/> requests all fail at t = 0 and retry once after <paramref name="delay"/>.
    /// Returns how many retries land in each window: the load the recovering backend sees.
    /// </summary>
    public static int[] PerWindow(int clients, Func<TimeSpan> delay, TimeSpan window, int windows)
    {
        var counts = new int[windows];
        for (var i = 0; i < clients; i++)
        {
            var slot = (int)(delay().Ticks / window.Ticks);
            counts[Math.Min(slot, windows - 1)]++;
        }
        return counts;
    }
    // </Histogram>
}
