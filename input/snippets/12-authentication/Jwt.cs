using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace UnderLoad.Snippets.Authentication;

public sealed class JwtException(string message) : Exception(message);

// <Keys>
/// <summary>A key knows its algorithm. The verifier asks the key, never the token.</summary>
public abstract record SigningKey(string Kid)
{
    public abstract string Alg { get; }
}

public sealed record HmacKey(string Kid, byte[] Secret) : SigningKey(Kid)
{
    // RFC 7518 §3.2: an HS256 key must be at least as long as the hash output, 256 bits.
    public byte[] Secret { get; } = Secret.Length >= 32 ? Secret
        : throw new ArgumentException("HS256 keys must be at least 256 bits.", nameof(Secret));
    public override string Alg => "HS256";
}

/// <summary>RS256: holds the private key to sign, or only the public key to verify.</summary>
public sealed record RsaKey(string Kid, RSA Rsa) : SigningKey(Kid)
{
    public override string Alg => "RS256";
}
// </Keys>

public static class Jwt
{
    // <Sign>
    public static string Sign(JsonObject claims, SigningKey key)
    {
        var header = new JsonObject { ["alg"] = key.Alg, ["typ"] = "JWT", ["kid"] = key.Kid };
        string signingInput = B64(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." +
                              B64(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        byte[] data = Encoding.ASCII.GetBytes(signingInput);
        byte[] signature = key switch
        {
            HmacKey h => HMACSHA256.HashData(h.Secret, data),
            RsaKey r => r.Rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => throw new NotSupportedException(key.GetType().Name),
        };
        return signingInput + "." + B64(signature);
    }
    // </Sign>

    public static string B64(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    public static byte[] FromB64(string text)
    {
        try { return Base64Url.DecodeFromChars(text); }
        catch (FormatException) { throw new JwtException("invalid base64url"); }
    }
}

// <Verify>
public sealed class JwtVerifier(Func<string, SigningKey?> resolveKey, TimeProvider time,
    string issuer, string audience, TimeSpan clockSkew)
{
    public JsonElement Verify(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) throw new JwtException("not a compact JWS");

        var header = Parse(parts[0]);
        string alg = Str(header, "alg") ?? throw new JwtException("missing alg");
        string kid = Str(header, "kid") ?? throw new JwtException("missing kid");
        var key = resolveKey(kid) ?? throw new JwtException($"unknown kid {kid}");

        // The key fixes the algorithm. A token cannot choose "none", or turn an RSA public
        // key into an HMAC secret by claiming HS256 for an RS256 key.
        if (alg != key.Alg) throw new JwtException($"alg {alg} not allowed for key {kid}");

        byte[] data = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        byte[] signature = Jwt.FromB64(parts[2]);
        bool valid = key switch
        {
            HmacKey h => CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(h.Secret, data), signature),
            RsaKey r => r.Rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            _ => false,
        };
        if (!valid) throw new JwtException("invalid signature");

        // Only a verified payload is worth reading.
        var claims = Parse(parts[1]);
        long now = time.GetUtcNow().ToUnixTimeSeconds();
        long skew = (long)clockSkew.TotalSeconds;
        if (!claims.TryGetProperty("exp", out var exp) || now >= exp.GetInt64() + skew)
            throw new JwtException("expired or no exp");
        if (claims.TryGetProperty("nbf", out var nbf) && now + skew < nbf.GetInt64())
            throw new JwtException("not yet valid");
        if (Str(claims, "iss") != issuer) throw new JwtException("wrong issuer");
        if (Str(claims, "aud") != audience) throw new JwtException("wrong audience");
        return claims;
    }

    private static JsonElement Parse(string part)
    {
        try { return JsonDocument.Parse(Jwt.FromB64(part)).RootElement.Clone(); }
        catch (JsonException) { throw new JwtException("invalid JSON"); }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
// </Verify>
