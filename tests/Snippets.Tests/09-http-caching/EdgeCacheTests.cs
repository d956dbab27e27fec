using System.Text;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.HttpCaching;

namespace UnderLoad.Snippets.Tests.HttpCaching;

public class EdgeCacheTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private static (FakeTimeProvider, EdgeCache) Seeded()
    {
        var time = new FakeTimeProvider();
        var cache = new EdgeCache(time);
        var hour = TimeSpan.FromHours(1);
        cache.Store("/products/42", B("p42"), "\"a\"", hour, "product-42 category-7");
        cache.Store("/products/43", B("p43"), "\"b\"", hour, "product-43 category-7");
        cache.Store("/categories/7", B("c7"), "\"c\"", hour, "category-7 product-42 product-43");
        cache.Store("/search?q=shoe", B("s"), "\"d\"", hour, "product-42 search");
        cache.Store("/home", B("home"), "\"e\"", hour, "home");
        return (time, cache);
    }

    private static Func<string?, Task<OriginResponse>> Origin(List<string?> calls, string body = "fresh") => inm =>
    {
        calls.Add(inm);
        return Task.FromResult(new OriginResponse(200, B(body), "\"new\"", TimeSpan.FromHours(1), "product-42"));
    };

    [Fact]
    public async Task Purging_a_key_evicts_exactly_the_responses_tagged_with_it()
    {
        var (_, cache) = Seeded();
        Assert.Equal(3, cache.Purge("product-42"));
        Assert.Equal(2, cache.Count);

        var calls = new List<string?>();
        foreach (var (url, expectHit) in new[] { ("/products/42", false), ("/categories/7", false), ("/search?q=shoe", false),
                                                  ("/products/43", true), ("/home", true) })
        {
            var r = await cache.GetAsync(url, Origin(calls));
            Assert.Equal(expectHit ? CacheStatus.Hit : CacheStatus.Miss, r.Status);
        }
        Assert.Equal(3, calls.Count);
    }

    [Fact]
    public void Purging_an_unknown_key_or_a_key_twice_evicts_nothing()
    {
        var (_, cache) = Seeded();
        Assert.Equal(0, cache.Purge("product-999"));
        Assert.Equal(1, cache.Purge("home"));
        Assert.Equal(0, cache.Purge("home"));
        Assert.Equal(0, cache.SoftPurge("home"));
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public void Restoring_a_response_replaces_its_tags_and_the_index_does_not_leak()
    {
        var (_, cache) = Seeded();
        cache.Store("/products/42", B("p42v2"), "\"a2\"", TimeSpan.FromHours(1), "product-42");
        Assert.Equal(2, cache.Purge("category-7"));              // /products/42 is no longer in category-7
        Assert.Equal(3, cache.Count);
        Assert.Equal(3, cache.Purge("product-42") + cache.Purge("search") + cache.Purge("home"));
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.TagCount);
    }

    [Fact]
    public async Task Responses_expire_after_their_ttl()
    {
        var (time, cache) = Seeded();
        var calls = new List<string?>();
        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(CacheStatus.Hit, (await cache.GetAsync("/home", Origin(calls))).Status);
        time.Advance(TimeSpan.FromMinutes(1));
        var r = await cache.GetAsync("/home", Origin(calls));
        Assert.Equal(CacheStatus.Refetched, r.Status);
        Assert.Equal(["\"e\""], calls);                          // it revalidated with the ETag it held
    }

    [Fact]
    public async Task Soft_purge_revalidates_with_a_304_instead_of_refetching_the_body()
    {
        var (_, cache) = Seeded();
        Assert.Equal(3, cache.SoftPurge("product-42"));
        Assert.Equal(5, cache.Count);                           // nothing evicted

        var calls = new List<string?>();
        var r = await cache.GetAsync("/products/42", inm =>
        {
            calls.Add(inm);
            return Task.FromResult(new OriginResponse(304, [], null, TimeSpan.FromHours(1)));
        });
        Assert.Equal(CacheStatus.Revalidated, r.Status);
        Assert.False(r.BodyFromOrigin);
        Assert.Equal("p42", Encoding.UTF8.GetString(r.Body));
        Assert.Equal(["\"a\""], calls);
        // fresh again, and still tagged
        Assert.Equal(CacheStatus.Hit, (await cache.GetAsync("/products/42", Origin(calls))).Status);
        Assert.Equal(3, cache.Purge("product-42"));
    }
}
