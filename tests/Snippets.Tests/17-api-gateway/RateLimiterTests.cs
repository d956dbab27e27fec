using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ApiGateway;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ApiGateway;

public sealed class RateLimiterTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Token_bucket_allows_a_burst_then_the_refill_rate()
    {
        var clock = new FakeTimeProvider();
        var bucket = new TokenBucket(capacity: 10, tokensPerPeriod: 1, period: TimeSpan.FromMilliseconds(200), clock);

        Assert.Equal(10, Enumerable.Range(0, 15).Count(_ => bucket.TryAcquire()));
        clock.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(bucket.TryAcquire());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(bucket.TryAcquire());
        Assert.False(bucket.TryAcquire());
        clock.Advance(TimeSpan.FromMinutes(5)); // idle: refills to capacity, not beyond
        Assert.Equal(10, Enumerable.Range(0, 15).Count(_ => bucket.TryAcquire()));
        Assert.False(bucket.TryAcquire(permits: 2));
    }

    [Fact]
    public void Sliding_window_counter_weights_the_previous_window()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = new SlidingWindowCounter(limit: 10, window: TimeSpan.FromSeconds(1), clock);

        Assert.Equal(10, Enumerable.Range(0, 12).Count(_ => limiter.TryAcquire())); // window [0 s, 1 s)
        clock.Advance(TimeSpan.FromMilliseconds(1500));                                // 50 % of it still overlaps
        Assert.Equal(5, Enumerable.Range(0, 12).Count(_ => limiter.TryAcquire()));
        clock.Advance(TimeSpan.FromSeconds(2));                                        // a gap: forgotten
        Assert.Equal(10, Enumerable.Range(0, 12).Count(_ => limiter.TryAcquire()));
    }

    /// <summary>15 requests at t = 0, then 3 every 100 ms for 3 s, through both limiters on one fake clock.</summary>
    [Fact]
    public void Token_bucket_and_sliding_window_under_the_same_load()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var bucket = new TokenBucket(10, 1, TimeSpan.FromMilliseconds(200), clock);
        var window = new SlidingWindowCounter(10, TimeSpan.FromSeconds(1), clock);

        var rows = new List<(int Offered, int Bucket, int Window)>();
        for (var step = 0; step < 30; step++)
        {
            if (step > 0) clock.Advance(Step);
            var offered = step == 0 ? 15 : 3;
            var (b, w) = (0, 0);
            for (var i = 0; i < offered; i++)
            {
                if (bucket.TryAcquire()) b++;
                if (window.TryAcquire()) w++;
            }
            rows.Add((offered, b, w));
        }

        Assert.Equal(10 + 29 / 2, rows.Sum(r => r.Bucket)); // the burst, then one token per 200 ms
        for (var start = 0; start + 10 <= rows.Count; start++) // never more than 10 + 5 in any second
            Assert.InRange(rows.Skip(start).Take(10).Sum(r => r.Bucket), 0, 15);

        var sb = new StringBuilder();
        sb.AppendLine("| time | offered | TokenBucket (10, 5/s) | SlidingWindowCounter (10/s) |");
        sb.AppendLine("|---|---:|---:|---:|");
        for (var slice = 0; slice < 6; slice++)
        {
            var part = rows.Skip(slice * 5).Take(5).ToList();
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {slice * 0.5:0.0}–{slice * 0.5 + 0.5:0.0} s | {part.Sum(r => r.Offered)} | {part.Sum(r => r.Bucket)} | {part.Sum(r => r.Window)} |"));
        }
        sb.AppendLine($"| total | {rows.Sum(r => r.Offered)} | {rows.Sum(r => r.Bucket)} | {rows.Sum(r => r.Window)} |");
        Snapshot.Verify(sb.ToString(), "Comparison");
    }

    /// <summary>
    /// System.Threading.RateLimiting takes no TimeProvider: with AutoReplenishment = false, TryReplenish
    /// still adds tokens only when a real ReplenishmentPeriod has passed on its own clock. The burst is
    /// the same as ours; a test can advance our clock, not theirs.
    /// </summary>
    [Fact]
    public async Task Dotnet_limiters_admit_the_same_burst_but_replenish_on_real_time()
    {
        var clock = new FakeTimeProvider();
        var ours = new TokenBucket(10, 1, TimeSpan.FromMinutes(10), clock);
        await using var theirs = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 10, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromMinutes(10),
            QueueLimit = 0, AutoReplenishment = false,
        });
        await using var window = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = 10, Window = TimeSpan.FromMinutes(10), SegmentsPerWindow = 10,
            QueueLimit = 0, AutoReplenishment = false,
        });

        Assert.Equal(10, Enumerable.Range(0, 15).Count(_ => ours.TryAcquire()));
        Assert.Equal(10, Enumerable.Range(0, 15).Count(_ => { using var l = theirs.AttemptAcquire(); return l.IsAcquired; }));
        Assert.Equal(10, Enumerable.Range(0, 15).Count(_ => { using var l = window.AttemptAcquire(); return l.IsAcquired; }));

        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.True(ours.TryAcquire());
        Assert.True(theirs.TryReplenish());             // "true" only means "manual mode"...
        using var lease = theirs.AttemptAcquire();
        Assert.False(lease.IsAcquired);                 // ...no real 10 minutes have passed, so no token
        Assert.Equal(TimeSpan.FromMinutes(10), theirs.ReplenishmentPeriod);
    }
}
