using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using UnderLoad.Snippets.Http;

namespace UnderLoad.Snippets.Tests.Http;

public class KeepAliveTests
{
    private static Task<LoopbackServer> StartHttp11Async() =>
        LoopbackServer.StartAsync(HttpProtocols.Http1, context => context.Response.WriteAsync("ok"));

    [Fact]
    public async Task Keep_alive_sends_every_request_over_one_connection()
    {
        await using var server = await StartHttp11Async();
        using var client = new HttpClient();

        await KeepAlive.SendSequentialAsync(client, server.BaseAddress, count: 10, connectionClose: false);

        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Connection_close_opens_a_new_connection_per_request()
    {
        await using var server = await StartHttp11Async();
        using var client = new HttpClient();

        await KeepAlive.SendSequentialAsync(client, server.BaseAddress, count: 10, connectionClose: true);

        Assert.Equal(10, server.AcceptedConnections);
    }
}
