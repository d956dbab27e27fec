namespace UnderLoad.Snippets.Http;

public static class KeepAlive
{
    // <SequentialRequests>
    /// <summary>Sends <paramref name="count"/> GETs one after another through one HttpClient.</summary>
    public static async Task SendSequentialAsync(HttpClient client, Uri uri, int count, bool connectionClose)
    {
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            // HTTP/1.1 is persistent by default (RFC 9112 §9.3); "Connection: close"
            // tells the server to close after this response (RFC 9112 §9.6).
            request.Headers.ConnectionClose = connectionClose;
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsStringAsync(); // drain: only a fully read body frees the connection
        }
    }
    // </SequentialRequests>
}
