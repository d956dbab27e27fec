using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using UnderLoad.Snippets.InfraSecurity;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.InfraSecurity;

public sealed class OutboundUrlGuardTests
{
    private static Func<string, CancellationToken, Task<IPAddress[]>> Dns(Dictionary<string, string[]> zone) =>
        (host, _) => Task.FromResult(zone.TryGetValue(host, out var a) ? a.Select(IPAddress.Parse).ToArray() : []);

    [Theory]
    [InlineData("127.0.0.1")] [InlineData("127.1.2.3")] [InlineData("10.0.0.5")] [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")] [InlineData("192.168.1.1")] [InlineData("169.254.169.254")] [InlineData("100.100.100.200")]
    [InlineData("0.0.0.0")] [InlineData("224.0.0.1")] [InlineData("255.255.255.255")] [InlineData("168.63.129.16")]
    [InlineData("::1")] [InlineData("::")] [InlineData("::ffff:127.0.0.1")] [InlineData("::ffff:169.254.169.254")]
    [InlineData("fe80::1")] [InlineData("fd00:ec2::254")] [InlineData("64:ff9b::a9fe:a9fe")] [InlineData("2002:7f00:1::1")]
    [InlineData("ff02::1")] [InlineData("192.0.0.1")] [InlineData("198.18.0.1")]
    public void Internal_addresses_are_blocked(string address) => Assert.True(AddressPolicy.IsBlocked(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")] [InlineData("8.8.8.8")] [InlineData("172.32.0.1")] [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")] [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address) => Assert.False(AddressPolicy.IsBlocked(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://2130706433/")]          // decimal 127.0.0.1
    [InlineData("http://0x7f000001/")]          // hex
    [InlineData("http://0177.0.0.1/")]          // octal
    [InlineData("http://0xA9FEA9FE/latest/meta-data/")] // hex 169.254.169.254
    [InlineData("http://[::ffff:7f00:1]/")]     // IPv6-mapped IPv4
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("http://mixed.example/")]       // one public and one private answer
    [InlineData("http://nxdomain.example/")]
    public async Task Bypass_spellings_are_blocked_before_connecting(string url)
    {
        var guard = new OutboundUrlGuard(Dns(new()
        {
            ["metadata.google.internal"] = ["169.254.169.254"],
            ["mixed.example"] = ["93.184.215.14", "10.1.2.3"],
        }));
        var uri = new Uri(url); // System.Uri canonicalises 2130706433, 0x7f000001 and 0177.0.0.1 to 127.0.0.1
        await Assert.ThrowsAsync<SsrfBlockedException>(() => guard.ResolveAllowedAsync(uri.Host, uri.Port, default));
    }

    [Fact]
    public async Task A_public_name_resolves_to_its_checked_address()
    {
        var guard = new OutboundUrlGuard(Dns(new() { ["example.com"] = ["93.184.215.14"] }));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("93.184.215.14"), 443), await guard.ResolveAllowedAsync("example.com", 443, default));
    }

    private static async Task<WebApplication> StartAsync(int port, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task A_dns_answer_that_changes_after_the_check_is_caught_at_connect_time()
    {
        var internalPort = RequiredServer.FreePort();
        await using var admin = await StartAsync(internalPort, app => app.MapGet("/", () => "internal secrets"));
        var answers = 0; // DNS rebinding: the first answer is public, every later one is loopback
        Task<IPAddress[]> Rebinding(string host, CancellationToken ct) =>
            Task.FromResult(new[] { Interlocked.Increment(ref answers) == 1 ? IPAddress.Parse("93.184.215.14") : IPAddress.Loopback });
        var url = $"http://rebind.example:{internalPort}/";

        // Check-then-fetch: the check sees the public answer, the fetch resolves again and gets loopback.
        var checker = new OutboundUrlGuard(Rebinding);
        await checker.ResolveAllowedAsync("rebind.example", internalPort, default);
        using var naive = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (ctx, ct) =>
            {
                var ip = (await Rebinding(ctx.DnsEndPoint.Host, ct))[0];
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                await socket.ConnectAsync(new IPEndPoint(ip, ctx.DnsEndPoint.Port), ct);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        });
        Assert.Equal("internal secrets", await naive.GetStringAsync(url));

        // The guard checks the address it connects to, on every connection.
        using var guarded = new HttpClient(new OutboundUrlGuard(Rebinding).CreateHandler());
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => guarded.GetStringAsync(url));
        Assert.IsType<SsrfBlockedException>(e.InnerException); // SocketsHttpHandler wraps what ConnectCallback throws
        await admin.StopAsync();
    }

    [Fact]
    public async Task A_redirect_to_an_internal_address_is_blocked_on_the_hop()
    {
        var internalPort = RequiredServer.FreePort();
        var publicPort = RequiredServer.FreePort();
        await using var admin = await StartAsync(internalPort, app => app.MapGet("/", () => "internal secrets"));
        await using var site = await StartAsync(publicPort, app => app.MapGet("/avatar", (HttpContext ctx) =>
            Results.Redirect($"http://2130706433:{internalPort}/"))); // 127.0.0.1 spelled in decimal
        // 127.0.0.1:publicPort stands in for a public web site: it is the only internal endpoint allowed.
        var guard = new OutboundUrlGuard(Dns(new()), [new IPEndPoint(IPAddress.Loopback, publicPort)]);
        using var client = new HttpClient(guard.CreateHandler());

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync($"http://127.0.0.1:{publicPort}/avatar"));
        var blocked = Assert.IsType<SsrfBlockedException>(e.InnerException);
        Assert.Contains($"127.0.0.1 resolves to 127.0.0.1", blocked.Message); // the hop, canonicalised from 2130706433
        using var plain = new HttpClient();
        Assert.Equal("internal secrets", await plain.GetStringAsync($"http://127.0.0.1:{publicPort}/avatar")); // unguarded: followed
        await site.StopAsync();
        await admin.StopAsync();
    }

    [Fact]
    public async Task A_refused_connection_to_an_allowed_address_surfaces_as_a_request_error()
    {
        var closedPort = RequiredServer.FreePort(); // nothing listens here
        var guard = new OutboundUrlGuard(Dns(new()), [new IPEndPoint(IPAddress.Loopback, closedPort)]);
        using var client = new HttpClient(guard.CreateHandler());
        var e = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync($"http://127.0.0.1:{closedPort}/"));
        Assert.IsType<System.Net.Sockets.SocketException>(e.InnerException);
    }
}
