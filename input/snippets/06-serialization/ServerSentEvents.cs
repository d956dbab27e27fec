using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace UnderLoad.Snippets.Serialization;

public sealed record SseEvent(string Data, string Type = "message", string? Id = null);

// <SseWriter>
public static class SseWriter
{
    /// <summary>One event in the text/event-stream format: a multi-line payload becomes several data lines.</summary>
    public static string Format(string data, string? type = null, string? id = null, int? retryMs = null)
    {
        var sb = new StringBuilder();
        if (retryMs is { } retry) sb.Append("retry: ").Append(retry).Append('\n');
        if (id is not null) sb.Append("id: ").Append(id).Append('\n');
        if (type is not null) sb.Append("event: ").Append(type).Append('\n');
        foreach (var line in data.ReplaceLineEndings("\n").Split('\n'))
            sb.Append("data: ").Append(line).Append('\n');
        return sb.Append('\n').ToString(); // the blank line dispatches the event
    }
}
// </SseWriter>

// <SseEndpoint>
public static class PriceFeed
{
    /// <summary>Streams events with ids 1..count; resumes after the Last-Event-ID the browser sends on reconnect.</summary>
    public static WebApplication Build(int port, int count)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var app = builder.Build();

        app.MapGet("/prices", async (HttpContext http, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            var resumeAfter = int.TryParse(http.Request.Headers["Last-Event-ID"], out var last) ? last : 0;

            await http.Response.WriteAsync(": stream open\n\n", ct); // comment line: keeps proxies from idling out
            for (var id = resumeAfter + 1; id <= count && !ct.IsCancellationRequested; id++)
            {
                var json = $"{{\"seq\":{id},\n\"price\":{100 + id}.25}}"; // two lines on purpose
                await http.Response.WriteAsync(SseWriter.Format(json, "price", id.ToString(), retryMs: 2000), ct);
                await http.Response.Body.FlushAsync(ct); // each event leaves now, not when a buffer fills
            }
        });
        return app;
    }
}
// </SseEndpoint>

// <SseParser>
/// <summary>The event stream interpretation of the HTML Living Standard, §9.2.6.</summary>
public sealed class SseParser
{
    private readonly StringBuilder _data = new();
    private string _eventType = "";
    public string LastEventId { get; private set; } = "";
    public int? RetryMs { get; private set; }

    /// <summary>Feed one line (without its CR, LF or CRLF); returns an event when a blank line dispatches one.</summary>
    public SseEvent? ProcessLine(string line)
    {
        if (line.Length == 0) return Dispatch();
        if (line[0] == ':') return null; // comment

        var colon = line.IndexOf(':');
        var field = colon < 0 ? line : line[..colon];
        var value = colon < 0 ? "" : line[(colon + 1)..];
        if (value.StartsWith(' ')) value = value[1..]; // exactly one leading space is dropped

        switch (field)
        {
            case "event": _eventType = value; break;
            case "data": _data.Append(value).Append('\n'); break;
            case "id" when !value.Contains('\0'): LastEventId = value; break;
            case "retry" when value.Length > 0 && value.All(char.IsAsciiDigit): RetryMs = int.Parse(value); break;
            default: break; // unknown fields are ignored
        }
        return null;
    }

    private SseEvent? Dispatch()
    {
        if (_data.Length == 0) { _eventType = ""; return null; } // no data: nothing to dispatch
        var data = _data.ToString(0, _data.Length - 1);           // drop the final LF
        var evt = new SseEvent(data, _eventType.Length == 0 ? "message" : _eventType, LastEventId);
        _data.Clear();
        _eventType = "";
        return evt;
    }

    /// <summary>Reads a whole stream; lines may end in CRLF, LF or CR. An unterminated last event is discarded.</summary>
    public async IAsyncEnumerable<SseEvent> ReadAsync(Stream stream,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8); // strips a leading BOM
        while (await reader.ReadLineAsync(ct) is { } line)          // ReadLine splits on CRLF, LF and CR
        {
            if (ProcessLine(line) is { } evt) yield return evt;
        }
    }
}
// </SseParser>
