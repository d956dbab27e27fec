using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using UnderLoad.Snippets.ApiGateway;

namespace UnderLoad.Snippets.Tests.ApiGateway;

public sealed class WebSocketTests
{
    [Fact]
    public void Accept_matches_the_RFC_6455_example()
    {
        // RFC 6455 §1.3: key "dGhlIHNhbXBsZSBub25jZQ==" gives "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketHandshake.AcceptFor("dGhlIHNhbXBsZSBub25jZQ=="));
        Assert.NotEqual("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketHandshake.AcceptFor("AAAAAAAAAAAAAAAAAAAAAA=="));
    }

    [Fact]
    public async Task Kestrel_answers_the_upgrade_with_the_same_accept_value()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Map("/ws", async (HttpContext ctx) =>
        {
            using var socket = await ctx.WebSockets.AcceptWebSocketAsync();
            await socket.CloseOutputAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", default);
        });
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;

        var key = Convert.ToBase64String(Enumerable.Range(1, 16).Select(i => (byte)i).ToArray());
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        var request = $"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var head = new StringBuilder();
        var buffer = new byte[1];
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 4096)
        {
            if (await stream.ReadAsync(buffer, cts.Token) == 0) break;
            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        Assert.StartsWith("HTTP/1.1 101", lines[0]);
        Assert.Contains($"Sec-WebSocket-Accept: {WebSocketHandshake.AcceptFor(key)}", lines, StringComparer.OrdinalIgnoreCase);
        client.Close();
        await app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(2)).Token);
    }
}
