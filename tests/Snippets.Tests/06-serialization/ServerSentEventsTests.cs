using System.Net.Http.Headers;
using System.Text;
using UnderLoad.Snippets.Serialization;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.Serialization;

public class ServerSentEventsTests
{
    private static async Task<List<SseEvent>> ParseAll(SseParser parser, string text)
    {
        var events = new List<SseEvent>();
        await foreach (var e in parser.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)))) events.Add(e);
        return events;
    }

    [Fact]
    public async Task Parser_follows_the_html_standard_field_rules()
    {
        var parser = new SseParser();
        var text = "\uFEFF: a comment\r\n" +
                   "event: price\r\n" +
                   "data: line one\r\n" +
                   "data:line two\r" +          // no space after the colon, CR line ending
                   "data\n" +                   // no colon: an empty data line
                   "id: 7\n" +
                   "retry: 1500\n" +
                   "unknown: ignored\n" +
                   "\n" +
                   "data:  two spaces\n" +       // only one leading space is removed
                   "id: bad\0id\n" +             // ids containing NULL are ignored
                   "retry: 10s\n" +              // non-digits: ignored
                   "\n" +
                   "event: lonely\n" +           // no data: nothing dispatched
                   "\n" +
                   "data: cut off at end of stream";
        var events = await ParseAll(parser, text);

        Assert.Equal(2, events.Count);
        Assert.Equal(new SseEvent("line one\nline two\n", "price", "7"), events[0]);
        Assert.Equal(new SseEvent(" two spaces", "message", "7"), events[1]); // the last id carries over
        Assert.Equal(1500, parser.RetryMs);
        Assert.Equal("7", parser.LastEventId);
    }

    [Fact]
    public async Task Writer_output_round_trips_through_the_parser()
    {
        var text = SseWriter.Format("{\"a\":1,\r\n\"b\":2}", "update", "42", retryMs: 3000);
        Assert.Equal("retry: 3000\nid: 42\nevent: update\ndata: {\"a\":1,\ndata: \"b\":2}\n\n", text);
        var parser = new SseParser();
        Assert.Equal([new SseEvent("{\"a\":1,\n\"b\":2}", "update", "42")], await ParseAll(parser, text));
        Assert.Equal(3000, parser.RetryMs);
    }

    [Fact]
    public async Task Parser_agrees_with_the_framework_SseParser()
    {
        var text = "event: a\ndata: 1\ndata: 2\nid: x\n\n: note\ndata:3\n\nevent: b\r\ndata\r\n\r\n";
        var mine = await ParseAll(new SseParser(), text);
        var theirs = new List<SseEvent>();
        var framework = System.Net.ServerSentEvents.SseParser.Create(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        await foreach (var item in framework.EnumerateAsync())
        {
            Assert.Equal(theirs.Count == 0 ? "x" : null, item.EventId); // the id field of this event only...
            theirs.Add(new SseEvent(item.Data, item.EventType, framework.LastEventId)); // ...the standard's lastEventId persists
        }
        Assert.Equal(3, mine.Count);
        Assert.Equal(theirs, mine);
    }

    private static async Task<List<SseEvent>> Read(HttpClient client, int port, string? lastEventId, int take)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/prices");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await using var body = await response.Content.ReadAsStreamAsync();
        var events = new List<SseEvent>();
        await foreach (var e in new SseParser().ReadAsync(body))
        {
            events.Add(e);
            if (events.Count == take) break; // disconnect early, like a dropped connection
        }
        return events;
    }

    [Fact]
    public async Task Kestrel_endpoint_streams_events_and_resumes_after_last_event_id()
    {
        var port = RequiredServer.FreePort();
        await using var app = PriceFeed.Build(port, count: 5);
        await app.StartAsync();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var first = await Read(client, port, lastEventId: null, take: 2);
        Assert.Equal(["1", "2"], first.Select(e => e.Id));
        Assert.All(first, e => Assert.Equal("price", e.Type));
        Assert.Equal("{\"seq\":1,\n\"price\":101.25}", first[0].Data); // two data lines joined by LF

        var resumed = await Read(client, port, lastEventId: first[^1].Id, take: int.MaxValue);
        Assert.Equal(["3", "4", "5"], resumed.Select(e => e.Id));
        await app.StopAsync();
    }
}
