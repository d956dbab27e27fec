using System.Net;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using UnderLoad.Snippets.ApiGateway;

namespace UnderLoad.Snippets.Tests.ApiGateway;

public sealed class CircuitBreakerTests
{
    private static Task<HttpResponseMessage> Respond(HttpStatusCode code) => Task.FromResult(new HttpResponseMessage(code));

    [Fact]
    public async Task Breaker_goes_closed_open_half_open_and_back()
    {
        var clock = new FakeTimeProvider();
        var breakers = new PerRouteBreakers(_ => new CircuitBreaker(3, TimeSpan.FromSeconds(30), clock));
        var calls = 0;
        Task<HttpResponseMessage> Failing() { calls++; return Respond(HttpStatusCode.BadGateway); }

        for (var i = 0; i < 3; i++) await breakers.SendAsync("/search", Failing);
        Assert.Equal(BreakerState.Open, breakers.For("/search").State);

        var rejected = await breakers.SendAsync("/search", Failing);        // fails fast: upstream not called
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
        Assert.Equal(3, calls);
        Assert.Equal(HttpStatusCode.OK, (await breakers.SendAsync("/checkout", () => Respond(HttpStatusCode.OK))).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.BadGateway, (await breakers.SendAsync("/search", Failing)).StatusCode); // the probe
        Assert.Equal(4, calls);
        Assert.Equal(BreakerState.Open, breakers.For("/search").State);   // failed probe: open again
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await breakers.SendAsync("/search", Failing)).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await breakers.SendAsync("/search", () => Respond(HttpStatusCode.OK))).StatusCode);
        Assert.Equal(BreakerState.Closed, breakers.For("/search").State);
    }

    [Fact]
    public void Half_open_lets_exactly_one_probe_through()
    {
        var clock = new FakeTimeProvider();
        var breaker = new CircuitBreaker(1, TimeSpan.FromSeconds(5), clock);
        breaker.OnFailure();
        Assert.False(breaker.TryEnter());
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(breaker.TryEnter());
        Assert.Equal(BreakerState.HalfOpen, breaker.State);
        Assert.False(breaker.TryEnter()); // the others fail fast while the probe is out
        breaker.OnSuccess();
        Assert.True(breaker.TryEnter());
    }

    [Fact]
    public async Task Exceptions_count_as_failures()
    {
        var breakers = new PerRouteBreakers(_ => new CircuitBreaker(2, TimeSpan.FromSeconds(5), new FakeTimeProvider()));
        for (var i = 0; i < 2; i++)
            await Assert.ThrowsAsync<HttpRequestException>(() => breakers.SendAsync("/a", () => throw new HttpRequestException("refused")));
        Assert.Equal(BreakerState.Open, breakers.For("/a").State);
    }

    [Fact]
    public async Task Polly_breaks_per_route_and_probes_after_the_break()
    {
        var clock = new FakeTimeProvider();
        var routes = new PollyRouteBreakers(clock);
        var calls = 0;
        ValueTask<HttpResponseMessage> Failing(CancellationToken _) { calls++; return ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)); }

        for (var i = 0; i < 10; i++) await routes.For("/search").ExecuteAsync(Failing);
        await Assert.ThrowsAsync<BrokenCircuitException>(async () => await routes.For("/search").ExecuteAsync(Failing));
        Assert.Equal(10, calls);
        Assert.Same(routes.For("/search"), routes.For("/search"));
        var other = await routes.For("/checkout").ExecuteAsync(_ => ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        clock.Advance(TimeSpan.FromSeconds(30));
        var probe = await routes.For("/search").ExecuteAsync(_ => ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        await routes.For("/search").ExecuteAsync(Failing); // closed again: the call goes through
        Assert.Equal(11, calls);
    }
}
