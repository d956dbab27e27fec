using System.Net;

namespace UnderLoad.Snippets.Http;

public static class Http2Multiplexing
{
    // <ConcurrentOverOneConnection>
    /// <summary>Fires <paramref name="count"/> GETs at once over HTTP/2 without TLS (h2c).</summary>
    public static async Task<string[]> GetConcurrentlyAsync(Uri server, int count, bool multipleConnections = false)
    {
        using var handler = new SocketsHttpHandler
        {
            // false (the default): every request shares ONE connection, as streams;
            // requests beyond the server's SETTINGS_MAX_CONCURRENT_STREAMS wait in the client.
            EnableMultipleHttp2Connections = multipleConnections,
        };
        using var client = new HttpClient(handler)
        {
            BaseAddress = server,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact, // http:// + exact 2.0 = prior knowledge
        };
        var requests = Enumerable.Range(0, count).Select(i => client.GetStringAsync($"/item/{i}"));
        return await Task.WhenAll(requests);
    }
    // </ConcurrentOverOneConnection>
}
