using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace UnderLoad.Snippets.Authentication;

public static class Pkce
{
    // <Pkce>
    // RFC 7636 §4.1: code_verifier = 43*128 unreserved characters; 32 random bytes -> 43 chars.
    public static string CreateVerifier() => Jwt.B64(RandomNumberGenerator.GetBytes(32));

    // §4.2: code_challenge = BASE64URL(SHA256(ASCII(code_verifier)))
    public static string ChallengeS256(string verifier) =>
        Jwt.B64(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    // §4.6: the token endpoint recomputes the challenge from the verifier it is now given.
    public static bool Verify(string verifier, string challenge, string method) =>
        method == "S256"                                   // refuse "plain": it protects nothing if the request leaks
        && verifier.Length is >= 43 and <= 128
        && verifier.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
        && CryptographicOperations.FixedTimeEquals(
               Encoding.ASCII.GetBytes(ChallengeS256(verifier)), Encoding.ASCII.GetBytes(challenge));
    // </Pkce>
}

// <AuthorizationCodes>
/// <summary>The authorization server's side: codes are single-use, short-lived and bound to the
/// client, the redirect URI and the PKCE challenge they were issued for.</summary>
public sealed class AuthorizationCodes(TimeProvider time)
{
    private sealed record Grant(string ClientId, string RedirectUri, string Challenge, string Method, DateTimeOffset ExpiresAt);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    public string Issue(string clientId, string redirectUri, string challenge, string method)
    {
        var code = Jwt.B64(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new Grant(clientId, redirectUri, challenge, method, time.GetUtcNow().AddSeconds(60));
        return code;
    }

    public bool Redeem(string code, string clientId, string redirectUri, string verifier)
    {
        if (!_codes.TryRemove(code, out var g)) return false;        // unknown, or already used
        return g.ExpiresAt > time.GetUtcNow()
            && g.ClientId == clientId && g.RedirectUri == redirectUri  // exact match, no prefixes
            && Pkce.Verify(verifier, g.Challenge, g.Method);
    }
}
// </AuthorizationCodes>
