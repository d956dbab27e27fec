namespace UnderLoad.Snippets.ApiGateway;

// <ShadowingHandler>
/// <summary>
/// Sends each request to the primary as usual and, for a sample of them, a copy to a shadow cluster,
/// without waiting for the copy, returning its response, or letting its failure touch the caller.
/// </summary>
public sealed class ShadowingHandler(
    HttpMessageHandler shadow, double sampleRate, int maxInFlight, TimeSpan shadowTimeout,
    TimeProvider clock, Func<double> random) : DelegatingHandler
{
    private readonly HttpMessageInvoker _shadow = new(shadow, disposeHandler: false);
    private readonly SemaphoreSlim _slots = new(maxInFlight, maxInFlight);
    private int _dropped, _failed;

    public int Dropped => Volatile.Read(ref _dropped); // not mirrored: shadow saturated
    public int Failed => Volatile.Read(ref _failed);   // mirrored, but errored or timed out

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (random() < sampleRate)
        {
            if (_slots.Wait(0))
            {
                var copy = await CopyAsync(request, ct);
                _ = MirrorAsync(copy); // fire and forget: never awaited by the caller
            }
            else Interlocked.Increment(ref _dropped);
        }
        return await base.SendAsync(request, ct);
    }

    private async Task MirrorAsync(HttpRequestMessage copy)
    {
        try
        {
            using var timeout = new CancellationTokenSource(shadowTimeout, clock);
            using var response = await _shadow.SendAsync(copy, timeout.Token); // response discarded
        }
        catch (Exception) { Interlocked.Increment(ref _failed); }
        finally { copy.Dispose(); _slots.Release(); }
    }

    private static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        // Like Envoy: the shadow sees the same request with "-shadow" appended to the Host.
        copy.Headers.Host = (request.Headers.Host ?? request.RequestUri!.Authority) + "-shadow";
        if (request.Content is not null)
        {
            var body = await request.Content.ReadAsByteArrayAsync(ct); // buffers: the primary can still read it
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return copy;
    }
}
// </ShadowingHandler>
