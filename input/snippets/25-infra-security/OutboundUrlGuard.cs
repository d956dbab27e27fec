using System.Net;
using System.Net.Sockets;

namespace UnderLoad.Snippets.InfraSecurity;

public sealed class SsrfBlockedException(string message) : HttpRequestException(message);

// <IsBlocked>
public static class AddressPolicy
{
    private static readonly IPAddress AzureWireServer = IPAddress.Parse("168.63.129.16");

    /// <summary>Loopback, private, link-local (incl. 169.254.169.254), CGNAT, multicast and reserved ranges.</summary>
    public static bool IsBlocked(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4(); // ::ffff:127.0.0.1 is 127.0.0.1
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = ip.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,                          // "this network", private, loopback
                100 => b[1] is >= 64 and <= 127,                  // 100.64.0.0/10 shared (CGNAT)
                169 => b[1] == 254,                               // link-local: cloud metadata lives here
                172 => b[1] is >= 16 and <= 31,                   // private
                192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),   // private, IETF protocol assignments
                198 => b[1] is 18 or 19,                          // benchmarking
                >= 224 => true,                                   // multicast, reserved, broadcast
                _ => ip.Equals(AzureWireServer),                  // a public address that is a platform endpoint
            };
        }
        var v6 = ip.GetAddressBytes();
        if (ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6Multicast) return true;
        if ((v6[0] & 0xFE) == 0xFC) return true;                  // fc00::/7 unique local (AWS IMDS: fd00:ec2::254)
        if (v6.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return true; // ::, ::1, ::a.b.c.d
        if (v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xFF && v6[3] == 0x9B)  // 64:ff9b::/96 NAT64 embeds IPv4
            return IsBlocked(new IPAddress(v6.AsSpan(12, 4)));
        if (v6[0] == 0x20 && v6[1] == 0x02)                       // 2002::/16 6to4 embeds IPv4
            return IsBlocked(new IPAddress(v6.AsSpan(2, 4)));
        return false;
    }
}
// </IsBlocked>

// <OutboundUrlGuard>
/// <summary>
/// Resolves the host itself, refuses if any answer is an internal address, and connects to exactly the
/// address it checked. Every connection goes through it, including each redirect hop.
/// </summary>
public sealed class OutboundUrlGuard(
    Func<string, CancellationToken, Task<IPAddress[]>> resolve, IReadOnlyCollection<IPEndPoint>? allowedInternal = null)
{
    public async Task<IPEndPoint> ResolveAllowedAsync(string host, int port, CancellationToken ct)
    {
        host = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await resolve(host, ct);
        if (addresses.Length == 0) throw new SsrfBlockedException($"{host} did not resolve");
        foreach (var address in addresses) // one bad answer rejects the host: don't pick the good one
            if (AddressPolicy.IsBlocked(address) && allowedInternal?.Contains(new IPEndPoint(address, port)) != true)
                throw new SsrfBlockedException($"{host} resolves to {address}, an internal address");
        return new IPEndPoint(addresses[0], port);
    }

    public SocketsHttpHandler CreateHandler() => new()
    {
        MaxAutomaticRedirections = 3,
        ConnectCallback = async (context, ct) =>
        {
            var endpoint = await ResolveAllowedAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, ct);
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endpoint, ct); // the checked address, not a second DNS answer
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
// </OutboundUrlGuard>
