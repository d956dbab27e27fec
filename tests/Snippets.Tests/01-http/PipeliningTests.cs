using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Http;

namespace UnderLoad.Snippets.Tests.Http;

public class PipeliningTests
{
    [Fact]
    public async Task A_slow_first_response_holds_back_the_responses_pipelined_behind_it()
    {
        var time = new FakeTimeProvider();
        var t0 = time.GetUtcNow();
        var slowStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatched = new List<string>();

        await using var server = await LoopbackServer.StartAsync(HttpProtocols.Http1, async context =>
        {
            var path = context.Request.Path.Value!;
            lock (dispatched) dispatched.Add(path);
            var started = (time.GetUtcNow() - t0).TotalMilliseconds;
            if (path == "/slow")
            {
                var work = Task.Delay(TimeSpan.FromMilliseconds(200), time);
                slowStarted.SetResult();
                await work;
            }
            var body = $"{path} started={started}ms sent={(time.GetUtcNow() - t0).TotalMilliseconds}ms";
            context.Response.ContentLength = System.Text.Encoding.UTF8.GetByteCount(body);
            await context.Response.WriteAsync(body);
        });

        var client = PipelinedClient.GetAllAsync(server.BaseAddress, ["/slow", "/fast/1", "/fast/2"]);
        await slowStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));

        // The fast requests are already on the wire, but the server has not even started them.
        lock (dispatched) Assert.Equal(["/slow"], dispatched);
        Assert.False(client.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(200));
        var bodies = await client.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(
            ["/slow started=0ms sent=200ms", "/fast/1 started=200ms sent=200ms", "/fast/2 started=200ms sent=200ms"],
            bodies);
    }

    [Fact]
    public async Task Responses_come_back_in_request_order()
    {
        await using var server = await LoopbackServer.StartAsync(HttpProtocols.Http1, async context =>
        {
            var body = context.Request.Path.Value!;
            context.Response.ContentLength = body.Length;
            await context.Response.WriteAsync(body);
        });
        var paths = Enumerable.Range(0, 20).Select(i => $"/r/{i}").ToArray();
        var written = false;

        var bodies = await PipelinedClient.GetAllAsync(server.BaseAddress, paths, () => written = true)
            .WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(written);
        Assert.Equal(paths, bodies);
        Assert.Equal(1, server.AcceptedConnections);
    }
}
