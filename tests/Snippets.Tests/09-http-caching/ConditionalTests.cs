using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.HttpCaching;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.HttpCaching;

public class EntityTagTests
{
    // RFC 9110 §8.8.3.2, the comparison table
    [Theory]
    [InlineData("W/\"1\"", "W/\"1\"", false, true)]
    [InlineData("W/\"1\"", "W/\"2\"", false, false)]
    [InlineData("W/\"1\"", "\"1\"", false, true)]
    [InlineData("\"1\"", "\"1\"", true, true)]
    public void Strong_and_weak_comparison_follow_the_RFC_table(string a, string b, bool strong, bool weak)
    {
        var x = EntityTag.ParseList(a, out _)![0];
        var y = EntityTag.ParseList(b, out _)![0];
        Assert.Equal(strong, x.StrongEquals(y));
        Assert.Equal(weak, x.WeakEquals(y));
        Assert.Equal(a, x.ToString());
    }

    [Fact]
    public void Lists_wildcards_and_malformed_tags()
    {
        Assert.Equal(3, EntityTag.ParseList("\"xyzzy\", \"r2d2xxxx\", W/\"c3piozzzz\"", out var any)!.Count);
        Assert.False(any);
        Assert.Empty(EntityTag.ParseList(" * ", out any)!);
        Assert.True(any);
        Assert.Null(EntityTag.ParseList("xyzzy", out _));          // unquoted
        Assert.Null(EntityTag.ParseList("\"a\"b\"", out _));
    }

    [Fact]
    public void Strong_etags_change_with_any_byte() =>
        Assert.NotEqual(EntityTag.StrongFor("hello"u8), EntityTag.StrongFor("hellO"u8));
}

public sealed class ConditionalRequestTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 10, 0, 0, 500, TimeSpan.Zero));
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private DocumentStore _doc = null!;

    public async Task InitializeAsync()
    {
        int port = RequiredServer.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _doc = new DocumentStore(_time, "version one");
        _app.MapDocument(_doc);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, params (string, string)[] headers) =>
        Send(method, null, headers);

    private Task<HttpResponseMessage> Send(HttpMethod method, string? body, params (string Name, string Value)[] headers)
    {
        var req = new HttpRequestMessage(method, "/doc");
        if (body is not null) req.Content = new StringContent(body);
        foreach (var (n, v) in headers) req.Headers.TryAddWithoutValidation(n, v);
        return _http.SendAsync(req);
    }

    [Fact]
    public async Task If_None_Match_with_the_current_ETag_gets_304_and_no_body()
    {
        var first = await Send(HttpMethod.Get);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());

        var second = await Send(HttpMethod.Get, ("If-None-Match", etag.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);

        // weak comparison: a weak copy of the same tag also matches; a list with it matches
        Assert.Equal(HttpStatusCode.NotModified, (await Send(HttpMethod.Get, ("If-None-Match", "W/" + etag.Tag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await Send(HttpMethod.Get, ("If-None-Match", $"\"other\", {etag.Tag}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, ("If-None-Match", "\"other\""))).StatusCode);
    }

    [Fact]
    public async Task If_Modified_Since_uses_second_resolution_and_yields_to_If_None_Match()
    {
        var first = await Send(HttpMethod.Get);
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero), lastModified);

        Assert.Equal(HttpStatusCode.NotModified, (await Send(HttpMethod.Get, ("If-Modified-Since", lastModified.ToString("r")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, ("If-Modified-Since", lastModified.AddSeconds(-1).ToString("r")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get, ("If-Modified-Since", "not a date"))).StatusCode);
        // If-None-Match present and not matching: If-Modified-Since is ignored
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Get,
            ("If-None-Match", "\"stale\""), ("If-Modified-Since", lastModified.ToString("r")))).StatusCode);
    }

    [Fact]
    public async Task Writes_need_the_current_strong_ETag()
    {
        var etag = (await Send(HttpMethod.Get)).Headers.ETag!;

        Assert.Equal(428, (int)(await Send(HttpMethod.Put, "v2")).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(HttpMethod.Put, "v2", ("If-Match", "W/" + etag.Tag))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(HttpMethod.Put, "v2", ("If-Match", "\"other\""))).StatusCode);

        _time.Advance(TimeSpan.FromMinutes(5));
        var ok = await Send(HttpMethod.Put, "version two", ("If-Match", etag.Tag));
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag);

        // the old ETag now loses: a lost update is refused, a cached copy is refetched
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(HttpMethod.Put, "v3", ("If-Match", etag.Tag))).StatusCode);
        var refetch = await Send(HttpMethod.Get, ("If-None-Match", etag.Tag));
        Assert.Equal(HttpStatusCode.OK, refetch.StatusCode);
        Assert.Equal("version two", await refetch.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Put, "v3", ("If-Match", "*"))).StatusCode);
    }

    [Fact]
    public void If_Unmodified_Since_and_If_None_Match_on_unsafe_methods()
    {
        var etag = _doc.ETag;
        var lm = _doc.LastModified;
        Assert.Equal(PreconditionOutcome.PreconditionFailed, Preconditions.Evaluate("PUT", etag, lm, null, null, null,
            lm.AddSeconds(-1).ToString("r")));
        Assert.Equal(PreconditionOutcome.Proceed, Preconditions.Evaluate("PUT", etag, lm, null, null, null,
            lm.ToString("r")));
        Assert.Equal(PreconditionOutcome.PreconditionFailed, Preconditions.Evaluate("PUT", etag, lm, null, "*", null, null));
        Assert.Equal(PreconditionOutcome.PreconditionFailed, Preconditions.Evaluate("GET", etag, lm, "\"nope\"", null, null, null));
    }

    [Fact]
    public async Task A_GET_with_a_failing_If_Match_gets_412() =>
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Send(HttpMethod.Get, ("If-Match", "\"nope\""))).StatusCode);
}
