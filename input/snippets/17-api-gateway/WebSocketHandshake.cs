using System.Security.Cryptography;
using System.Text;

namespace UnderLoad.Snippets.ApiGateway;

// <SecWebSocketAccept>
public static class WebSocketHandshake
{
    /// <summary>RFC 6455 §1.3: a fixed GUID every server appends to the client's key.</summary>
    public const string Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>base64(SHA-1(key + GUID)): proves the server understood the upgrade; it is not security.</summary>
    public static string AcceptFor(string secWebSocketKey) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(secWebSocketKey.Trim() + Guid)));
}
// </SecWebSocketAccept>
