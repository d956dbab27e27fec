using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.DistributedCache;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedCache;

[Collection(RedisCollection.Name)]
public sealed class EarlyExpirationTests(RedisFixture redis)
{
    [SkippableFact]
    public async Task Far_from_expiry_the_cached_value_is_served()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:00:00Z", CultureInfo.InvariantCulture));
        var cache = new XFetchCache(redis.Database, clock, () => 0.5);
        var key = RedisFixture.NewKeyPrefix("xfetch") + "report";
        var calls = 0;
        Task<string> Recompute() { calls++; clock.Advance(TimeSpan.FromMilliseconds(200)); return Task.FromResult($"r{calls}"); }

        Assert.Equal("r1", await cache.GetAsync(key, TimeSpan.FromSeconds(60), Recompute));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("r1", await cache.GetAsync(key, TimeSpan.FromSeconds(60), Recompute));
        Assert.Equal(1, calls);
        Assert.Equal(200.0, (double)await redis.Database.HashGetAsync(key, "delta"));
    }

    [SkippableFact]
    public async Task Close_to_expiry_an_unlucky_draw_recomputes_early_and_after_expiry_everyone_does()
    {
        RequiredServer.SkipUnlessAvailable(redis.UnavailableReason);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:00:00Z", CultureInfo.InvariantCulture));
        var u = 0.9;
        var cache = new XFetchCache(redis.Database, clock, () => u);
        var key = RedisFixture.NewKeyPrefix("xfetch") + "report";
        var calls = 0;
        Task<string> Recompute() { calls++; clock.Advance(TimeSpan.FromSeconds(1)); return Task.FromResult($"r{calls}"); }

        await cache.GetAsync(key, TimeSpan.FromSeconds(60), Recompute);      // expires at t0+61 s, delta 1 s
        clock.Advance(TimeSpan.FromSeconds(59));                            // 1 s before expiry
        Assert.Equal("r1", await cache.GetAsync(key, TimeSpan.FromSeconds(60), Recompute)); // -ln 0.9 = 0.105 s < 1 s
        u = 0.2;                                                            // -ln 0.2 = 1.61 s >= 1 s
        Assert.Equal("r2", await cache.GetAsync(key, TimeSpan.FromSeconds(60), Recompute));

        clock.Advance(TimeSpan.FromSeconds(61));                            // past the new logical expiry
        u = 0.999999;
        Assert.Equal("r3", await cache.GetAsync(key, TimeSpan.FromSeconds(60), Recompute));
        Assert.Equal(3, calls);
    }

    [Fact]
    public void Measured_early_refresh_rate_matches_exp_of_minus_remaining_over_delta_beta()
    {
        var random = new Random(20150801);
        var sb = new StringBuilder();
        sb.AppendLine("| time left / (delta x beta) | refreshed early (100,000 draws) | exp(-x) |");
        sb.AppendLine("|---:|---:|---:|");
        foreach (var x in new[] { 0.0, 0.5, 1, 2, 3, 5 })
        {
            const int draws = 100_000;
            const double delta = 500, beta = 1, expiry = 1_000_000;
            var now = expiry - x * delta * beta;
            var hits = 0;
            for (var i = 0; i < draws; i++)
                if (XFetchCache.ShouldRecompute(now, delta, expiry, beta, 1 - random.NextDouble())) hits++;
            var measured = (double)hits / draws;
            Assert.InRange(measured, Math.Exp(-x) - 0.01, Math.Exp(-x) + 0.01);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {x:0.0} | {measured:0.0000} | {Math.Exp(-x):0.0000} |"));
        }
        Snapshot.Verify(sb.ToString(), "RefreshRate");
    }
}
