using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using UnderLoad.Snippets.Http;

namespace UnderLoad.Snippets.Tests.Http;

public class Http2MultiplexingTests
{
    /// <summary>Every request waits until <paramref name="together"/> requests are in the server at once.</summary>
    private static Task<LoopbackServer> StartGatedAsync(int together, int? maxStreams = null)
    {
        var arrived = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return LoopbackServer.StartAsync(HttpProtocols.Http2, async context =>
        {
            if (Interlocked.Increment(ref arrived) == together) gate.SetResult();
            await gate.Task.WaitAsync(TimeSpan.FromSeconds(5));
            await context.Response.WriteAsync($"{context.Request.Protocol} {context.Request.Path}");
        }, limits => { if (maxStreams is { } max) limits.Http2.MaxStreamsPerConnection = max; });
    }

    [Fact]
    public async Task Fifty_concurrent_requests_share_one_connection()
    {
        await using var server = await StartGatedAsync(together: 50);

        var bodies = await Http2Multiplexing.GetConcurrentlyAsync(server.BaseAddress, 50)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, server.AcceptedConnections);
        Assert.Equal(50, server.MaxConcurrentRequests);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"HTTP/2 /item/{i}"), bodies);
    }

    [Fact]
    public async Task The_server_stream_limit_caps_concurrency_on_the_single_connection()
    {
        await using var server = await StartGatedAsync(together: 10, maxStreams: 10);

        var bodies = await Http2Multiplexing.GetConcurrentlyAsync(server.BaseAddress, 30)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(30, bodies.Length);
        Assert.Equal(1, server.AcceptedConnections);
        Assert.Equal(10, server.MaxConcurrentRequests);
    }

    [Fact]
    public async Task Multiple_http2_connections_lift_the_cap()
    {
        await using var server = await StartGatedAsync(together: 30, maxStreams: 10);

        var bodies = await Http2Multiplexing.GetConcurrentlyAsync(server.BaseAddress, 30, multipleConnections: true)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(30, bodies.Length);
        Assert.True(server.AcceptedConnections >= 3, $"{server.AcceptedConnections} connections");
        Assert.Equal(30, server.MaxConcurrentRequests);
    }
}
