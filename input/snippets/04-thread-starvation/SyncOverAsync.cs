namespace UnderLoad.Snippets.ThreadStarvation;

public sealed class ProfileClient(HttpClient http)
{
    // <SyncOverAsync>
    /// <summary>Sync-over-async: a thread-pool thread sits blocked for the whole network round trip.</summary>
    public string GetProfileBlocking(string id) => http.GetStringAsync($"/profiles/{id}").Result;

    /// <summary>Async all the way: no thread is held while the response is on the wire.</summary>
    public Task<string> GetProfileAsync(string id) => http.GetStringAsync($"/profiles/{id}");
    // </SyncOverAsync>
}
