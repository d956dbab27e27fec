using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace UnderLoad.Snippets.InfraSecurity;

// <CsrfDoubleSubmit>
/// <summary>
/// Signed double-submit: the token (nonce.HMAC(session, nonce)) is set in a cookie the SPA's script can read,
/// and every unsafe request must echo it in a header. Another site can make the browser send the cookie,
/// but cannot read it to copy it into the header.
/// </summary>
public sealed class CsrfDoubleSubmit(byte[] key)
{
    public const string CookieName = "XSRF-TOKEN", HeaderName = "X-XSRF-TOKEN", SessionCookie = "sid";

    public string IssueTo(HttpResponse response, string sessionId)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        var token = Base64Url.EncodeToString(nonce) + "." + Base64Url.EncodeToString(Mac(sessionId, nonce));
        response.Cookies.Append(CookieName, token, new CookieOptions
        {
            SameSite = SameSiteMode.Strict, // not sent on cross-site requests at all: the first line of defence
            Secure = true,
            HttpOnly = false,               // the SPA must read it to echo it
            Path = "/",
        });
        return token;
    }

    public bool IsValid(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            return true; // safe methods must not change state
        var cookie = request.Cookies[CookieName];
        var header = request.Headers[HeaderName].ToString();
        var session = request.Cookies[SessionCookie];
        if (cookie is null || session is null || header.Length == 0) return false;
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(cookie), Encoding.ASCII.GetBytes(header)))
            return false;
        var parts = header.Split('.');
        if (parts.Length != 2 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1])) return false;
        // Bound to the session: a token planted by a sibling subdomain for another session fails here.
        return CryptographicOperations.FixedTimeEquals(Mac(session, Base64Url.DecodeFromChars(parts[0])), Base64Url.DecodeFromChars(parts[1]));
    }

    private byte[] Mac(string sessionId, byte[] nonce) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(sessionId).Concat(nonce).ToArray());
}
// </CsrfDoubleSubmit>
