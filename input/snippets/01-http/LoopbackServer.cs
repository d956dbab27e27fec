using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace UnderLoad.Snippets.Http;

/// <summary>
/// A Kestrel server on 127.0.0.1 (free port) that counts the TCP connections it accepts
/// and the requests in flight, so tests can see how a client uses connections.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _connections;
    private int _inFlight;
    private int _maxInFlight;

    private LoopbackServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;
    public int AcceptedConnections => Volatile.Read(ref _connections);
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    /// <summary>Starts a server; <paramref name="handler"/> answers every request.</summary>
    public static async Task<LoopbackServer> StartAsync(
        HttpProtocols protocols,
        RequestDelegate handler,
        Action<KestrelServerLimits>? limits = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        LoopbackServer? server = null;
        // <CountConnections>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            limits?.Invoke(kestrel.Limits);
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = protocols; // Http2 alone on http:// = h2c "prior knowledge"
                listen.Use(next => connection =>
                {
                    Interlocked.Increment(ref server!._connections); // one per accepted TCP connection
                    return next(connection);
                });
            });
        });
        // </CountConnections>
        var app = builder.Build();
        server = new LoopbackServer(app);
        app.Run(async context =>
        {
            var now = Interlocked.Increment(ref server._inFlight);
            int seen;
            while ((seen = Volatile.Read(ref server._maxInFlight)) < now
                   && Interlocked.CompareExchange(ref server._maxInFlight, now, seen) != seen) { }
            try { await handler(context); }
            finally { Interlocked.Decrement(ref server._inFlight); }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
