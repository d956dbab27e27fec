namespace UnderLoad.Snippets.ApiGateway;

// <TokenBucket>
/// <summary>
/// Holds up to <c>capacity</c> tokens and adds <c>tokensPerPeriod</c> every <c>period</c>; a request spends one.
/// Bursts up to the capacity pass at once; the sustained rate is tokensPerPeriod / period.
/// </summary>
public sealed class TokenBucket(int capacity, int tokensPerPeriod, TimeSpan period, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _tokens = -1;               // full on first use
    private DateTimeOffset _lastRefill;

    public bool TryAcquire(int permits = 1)
    {
        lock (_gate)
        {
            Refill();
            if (_tokens < permits) return false; // reject now: a gateway answers 429, it does not queue
            _tokens -= permits;
            return true;
        }
    }

    private void Refill()
    {
        if (_tokens < 0) (_tokens, _lastRefill) = (capacity, clock.GetUtcNow());
        var periods = (clock.GetUtcNow() - _lastRefill).Ticks / period.Ticks; // whole periods only
        if (periods == 0) return;
        _tokens = (int)Math.Min(capacity, _tokens + periods * tokensPerPeriod);
        _lastRefill += TimeSpan.FromTicks(period.Ticks * periods);           // keep the remainder
    }
}
// </TokenBucket>

// <SlidingWindowCounter>
/// <summary>
/// Approximates a sliding window from two fixed windows: the previous window's count, weighted by how
/// much of it still overlaps the sliding window, plus the current window's count. Two integers per key.
/// </summary>
public sealed class SlidingWindowCounter(int limit, TimeSpan window, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private long _index = long.MinValue;
    private int _previous, _current;

    public bool TryAcquire()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow().UtcTicks;
            var index = now / window.Ticks;
            if (index != _index)
            {
                _previous = index == _index + 1 ? _current : 0; // after a gap (or at start) nothing carries over
                _current = 0;
                _index = index;
            }
            var overlap = 1 - (double)(now % window.Ticks) / window.Ticks;
            if (_previous * overlap + _current >= limit) return false;
            _current++;
            return true;
        }
    }
}
// </SlidingWindowCounter>
