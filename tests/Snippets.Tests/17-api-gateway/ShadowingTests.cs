using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.ApiGateway;

namespace UnderLoad.Snippets.Tests.ApiGateway;

public sealed class ShadowingTests
{
    private sealed class Recording(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
    {
        public readonly ConcurrentQueue<(string? Host, string Method, string Path, string? Body)> Seen = new();
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(ct);
            Seen.Enqueue((request.Headers.Host, request.Method.Method, request.RequestUri!.AbsolutePath, body));
            return await respond(request, ct);
        }
    }

    private static Task<HttpResponseMessage> Hang(HttpRequestMessage _, CancellationToken ct) =>
        Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => new HttpResponseMessage(HttpStatusCode.OK), TaskScheduler.Default)
            .ContinueWith(t => ct.IsCancellationRequested ? throw new OperationCanceledException(ct) : t.Result, TaskScheduler.Default);

    [Fact]
    public async Task The_caller_gets_the_primary_response_while_the_shadow_is_still_pending()
    {
        var clock = new FakeTimeProvider();
        var primary = new Recording((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("primary") }));
        var shadow = new Recording(Hang);
        var handler = new ShadowingHandler(shadow, sampleRate: 1.0, maxInFlight: 10, TimeSpan.FromSeconds(2), clock, () => 0.5) { InnerHandler = primary };
        using var client = new HttpClient(handler);

        var response = await client.PostAsync("http://api.example.com/orders", new StringContent("{\"id\":1}"));

        Assert.Equal("primary", await response.Content.ReadAsStringAsync());
        var mirrored = Assert.Single(shadow.Seen);
        Assert.Equal(("api.example.com-shadow", "POST", "/orders", "{\"id\":1}"), mirrored);
        Assert.Equal("{\"id\":1}", Assert.Single(primary.Seen).Body); // the primary still got the body
        Assert.Equal(0, handler.Failed);

        clock.Advance(TimeSpan.FromSeconds(2)); // the shadow's own timeout, not the caller's
        Assert.True(SpinWait.SpinUntil(() => handler.Failed == 1, TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public async Task Shadow_failures_and_saturation_never_reach_the_caller()
    {
        var clock = new FakeTimeProvider();
        var primary = new Recording((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        var shadow = new Recording(Hang);
        var handler = new ShadowingHandler(shadow, 1.0, maxInFlight: 2, TimeSpan.FromSeconds(2), clock, () => 0.5) { InnerHandler = primary };
        using var client = new HttpClient(handler);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"http://api.example.com/items/{i}")).StatusCode);
        Assert.Equal(2, shadow.Seen.Count);
        Assert.Equal(1, handler.Dropped);

        var broken = new Recording((_, _) => throw new HttpRequestException("shadow down"));
        var handler2 = new ShadowingHandler(broken, 1.0, 2, TimeSpan.FromSeconds(2), clock, () => 0.5) { InnerHandler = new Recording((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK))) };
        using var client2 = new HttpClient(handler2);
        Assert.Equal(HttpStatusCode.OK, (await client2.GetAsync("http://api.example.com/x")).StatusCode);
        Assert.True(SpinWait.SpinUntil(() => handler2.Failed == 1, TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public async Task Only_the_sampled_fraction_is_mirrored()
    {
        var draws = new Queue<double>([0.05, 0.5, 0.95, 0.09]);
        var primary = new Recording((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        var shadow = new Recording((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        var handler = new ShadowingHandler(shadow, 0.1, 10, TimeSpan.FromSeconds(2), new FakeTimeProvider(), draws.Dequeue) { InnerHandler = primary };
        using var client = new HttpClient(handler);
        for (var i = 0; i < 4; i++) await client.GetAsync($"http://api.example.com/{i}");
        Assert.Equal(4, primary.Seen.Count);
        Assert.True(SpinWait.SpinUntil(() => shadow.Seen.Count == 2, TimeSpan.FromSeconds(4)));
        Assert.Equal(["/0", "/3"], shadow.Seen.Select(s => s.Path).Order());
    }
}
