using System.Collections.Concurrent;
using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace UnderLoad.Snippets.ApiGateway;

public enum BreakerState { Closed, Open, HalfOpen }

// <CircuitBreaker>
/// <summary>Closed → (N consecutive failures) → Open → (cool-down) → HalfOpen → one probe decides.</summary>
public sealed class CircuitBreaker(int failureThreshold, TimeSpan openDuration, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset _openedAt;
    private bool _probeInFlight;

    public BreakerState State { get; private set; } = BreakerState.Closed;

    public bool TryEnter()
    {
        lock (_gate)
        {
            if (State == BreakerState.Open && clock.GetUtcNow() - _openedAt >= openDuration)
                State = BreakerState.HalfOpen;                // cool-down over: allow one probe
            if (State == BreakerState.Closed) return true;
            if (State == BreakerState.HalfOpen && !_probeInFlight) return _probeInFlight = true;
            return false;                                     // open, or the probe is out: fail fast
        }
    }

    public void OnSuccess()
    {
        lock (_gate) { _failures = 0; _probeInFlight = false; State = BreakerState.Closed; }
    }

    public void OnFailure()
    {
        lock (_gate)
        {
            _probeInFlight = false;
            if (State == BreakerState.HalfOpen || ++_failures >= failureThreshold)
            {
                State = BreakerState.Open;                    // a failed probe re-opens at once
                _openedAt = clock.GetUtcNow();
                _failures = 0;
            }
        }
    }
}
// </CircuitBreaker>

// <PerRouteBreakers>
/// <summary>One breaker per route: a failing /search must not stop /checkout.</summary>
public sealed class PerRouteBreakers(Func<string, CircuitBreaker> create)
{
    private readonly ConcurrentDictionary<string, CircuitBreaker> _byRoute = new();

    public CircuitBreaker For(string route) => _byRoute.GetOrAdd(route, create);

    public async Task<HttpResponseMessage> SendAsync(string route, Func<Task<HttpResponseMessage>> send)
    {
        var breaker = For(route);
        if (!breaker.TryEnter())
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { ReasonPhrase = "circuit open" };
        try
        {
            var response = await send();
            if ((int)response.StatusCode >= 500) breaker.OnFailure(); else breaker.OnSuccess();
            return response;
        }
        catch
        {
            breaker.OnFailure(); // timeouts and refused connections count too
            throw;
        }
    }
}
// </PerRouteBreakers>

// <PollyPerRoute>
/// <summary>The same with Polly 8: a registry hands out one circuit-breaker pipeline per route key.</summary>
public sealed class PollyRouteBreakers(TimeProvider clock)
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<HttpResponseMessage> For(string route) =>
        _registry.GetOrAddPipeline<HttpResponseMessage>(route, builder =>
        {
            builder.TimeProvider = clock;
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,                           // defaults: 0.1
                MinimumThroughput = 10,                       //           100
                SamplingDuration = TimeSpan.FromSeconds(10),  //           30 s
                BreakDuration = TimeSpan.FromSeconds(30),     //           5 s
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => (int)r.StatusCode >= 500),
            });
        });
}
// </PollyPerRoute>
