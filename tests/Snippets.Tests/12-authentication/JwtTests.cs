using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Authentication;

namespace UnderLoad.Snippets.Tests.Authentication;

public class JwtTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(T0);
    private readonly HmacKey _hmac = new("hs-1", RandomNumberGenerator.GetBytes(32));
    private static readonly RSA Rsa = RSA.Create(2048);

    private JsonObject Claims(int lifetimeSeconds = 300) => new()
    {
        ["iss"] = "https://id.example", ["aud"] = "orders-api", ["sub"] = "user-7",
        ["jti"] = Guid.NewGuid().ToString(),
        ["iat"] = T0.ToUnixTimeSeconds(), ["exp"] = T0.ToUnixTimeSeconds() + lifetimeSeconds,
    };

    private JwtVerifier Verifier(params SigningKey[] keys) =>
        new(kid => keys.FirstOrDefault(k => k.Kid == kid), _time, "https://id.example", "orders-api", TimeSpan.FromSeconds(30));

    private static string Part(object json) => Jwt.B64(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(json)));

    [Fact]
    public void HS256_round_trips_and_matches_an_independent_HMAC()
    {
        var token = Jwt.Sign(Claims(), _hmac);
        var parts = token.Split('.');
        using var hmac = new HMACSHA256(_hmac.Secret);
        Assert.Equal(hmac.ComputeHash(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])), Jwt.FromB64(parts[2]));
        Assert.Equal("user-7", Verifier(_hmac).Verify(token).GetProperty("sub").GetString());
    }

    [Fact]
    public void Tampering_with_any_part_is_rejected()
    {
        var token = Jwt.Sign(Claims(), _hmac);
        var p = token.Split('.');
        var forgedPayload = Part(new { iss = "https://id.example", aud = "orders-api", sub = "admin", exp = T0.ToUnixTimeSeconds() + 300 });
        var flipped = p[2][..^2] + (p[2][^2] == 'A' ? 'B' : 'A') + p[2][^1];
        var v = Verifier(_hmac);
        Assert.Contains("signature", Assert.Throws<JwtException>(() => v.Verify($"{p[0]}.{forgedPayload}.{p[2]}")).Message);
        Assert.Contains("signature", Assert.Throws<JwtException>(() => v.Verify($"{p[0]}.{p[1]}.{flipped}")).Message);
        Assert.Contains("signature", Assert.Throws<JwtException>(() =>
            Verifier(new HmacKey("hs-1", RandomNumberGenerator.GetBytes(32))).Verify(token)).Message); // other secret
        Assert.Throws<JwtException>(() => v.Verify(p[0] + "." + p[1]));
        Assert.Throws<JwtException>(() => v.Verify($"{p[0]}.{p[1]}.not*base64"));
        Assert.Throws<JwtException>(() => v.Verify($"{Jwt.B64("{oops"u8)}.{p[1]}.{p[2]}"));
    }

    [Fact]
    public void Alg_none_is_rejected_with_or_without_a_kid()
    {
        var payload = Part(new { iss = "https://id.example", aud = "orders-api", sub = "admin", exp = T0.ToUnixTimeSeconds() + 300 });
        var v = Verifier(_hmac);
        Assert.Contains("alg none", Assert.Throws<JwtException>(() => v.Verify($"{Part(new { alg = "none", kid = "hs-1" })}.{payload}.")).Message);
        Assert.Contains("kid", Assert.Throws<JwtException>(() => v.Verify($"{Part(new { alg = "none" })}.{payload}.")).Message);
        Assert.Contains("alg", Assert.Throws<JwtException>(() => v.Verify($"{Part(new { kid = "hs-1" })}.{payload}.")).Message);
    }

    [Fact]
    public void RS256_verifies_with_only_the_public_key()
    {
        var signer = new RsaKey("rs-1", Rsa);
        var publicOnly = RSA.Create();
        publicOnly.ImportSubjectPublicKeyInfo(Rsa.ExportSubjectPublicKeyInfo(), out _);
        var verifierKey = new RsaKey("rs-1", publicOnly);

        var token = Jwt.Sign(Claims(), signer);
        Assert.Equal("user-7", Verifier(verifierKey).Verify(token).GetProperty("sub").GetString());
        Assert.ThrowsAny<CryptographicException>(() => Jwt.Sign(Claims(), verifierKey)); // cannot sign

        var p = token.Split('.');
        var forged = Part(new { iss = "https://id.example", aud = "orders-api", sub = "admin", exp = T0.ToUnixTimeSeconds() + 300 });
        Assert.Throws<JwtException>(() => Verifier(verifierKey).Verify($"{p[0]}.{forged}.{p[2]}"));
    }

    [Fact]
    public void RS256_to_HS256_confusion_is_rejected()
    {
        // The attacker knows the public key (it is public) and uses its bytes as an HMAC secret.
        var publicOnly = RSA.Create();
        publicOnly.ImportSubjectPublicKeyInfo(Rsa.ExportSubjectPublicKeyInfo(), out _);
        var pem = Encoding.ASCII.GetBytes(publicOnly.ExportSubjectPublicKeyInfoPem());
        var header = Part(new { alg = "HS256", typ = "JWT", kid = "rs-1" });
        var payload = Part(new { iss = "https://id.example", aud = "orders-api", sub = "admin", exp = T0.ToUnixTimeSeconds() + 300 });
        var sig = Jwt.B64(HMACSHA256.HashData(pem, Encoding.ASCII.GetBytes(header + "." + payload)));

        var ex = Assert.Throws<JwtException>(() => Verifier(new RsaKey("rs-1", publicOnly)).Verify($"{header}.{payload}.{sig}"));
        Assert.Equal("alg HS256 not allowed for key rs-1", ex.Message);
    }

    [Fact]
    public void Time_and_audience_claims_are_enforced_with_skew()
    {
        var v = Verifier(_hmac);
        var token = Jwt.Sign(Claims(lifetimeSeconds: 300), _hmac);
        _time.Advance(TimeSpan.FromSeconds(329));
        v.Verify(token);                                                   // inside exp + 30 s skew
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains("expired", Assert.Throws<JwtException>(() => v.Verify(token)).Message);

        var future = Claims(); future["nbf"] = T0.ToUnixTimeSeconds() + 3600; future["exp"] = T0.ToUnixTimeSeconds() + 7200;
        Assert.Contains("not yet", Assert.Throws<JwtException>(() => v.Verify(Jwt.Sign(future, _hmac))).Message);
        var noExp = Claims(); noExp.Remove("exp");
        Assert.Throws<JwtException>(() => v.Verify(Jwt.Sign(noExp, _hmac)));
        var otherAud = Claims(); otherAud["aud"] = "billing-api"; otherAud["exp"] = T0.ToUnixTimeSeconds() + 7200;
        Assert.Contains("audience", Assert.Throws<JwtException>(() => v.Verify(Jwt.Sign(otherAud, _hmac))).Message);
        var otherIss = Claims(); otherIss["iss"] = "https://evil.example"; otherIss["exp"] = T0.ToUnixTimeSeconds() + 7200;
        Assert.Contains("issuer", Assert.Throws<JwtException>(() => v.Verify(Jwt.Sign(otherIss, _hmac))).Message);
        Assert.Contains("unknown kid", Assert.Throws<JwtException>(() =>
            v.Verify(Jwt.Sign(Claims(), new HmacKey("hs-9", new byte[32])))).Message);
    }

    private sealed record UnsupportedKey(string Kid) : SigningKey(Kid)
    {
        public override string Alg => "ES256";
    }

    [Fact]
    public void Key_types_the_code_does_not_implement_neither_sign_nor_verify()
    {
        var key = new UnsupportedKey("es-1");
        Assert.Throws<NotSupportedException>(() => Jwt.Sign(Claims(), key));
        var token = $"{Part(new { alg = "ES256", kid = "es-1" })}.{Part(new { exp = T0.ToUnixTimeSeconds() + 60 })}.{Jwt.B64(new byte[64])}";
        Assert.Contains("signature", Assert.Throws<JwtException>(() => Verifier(key).Verify(token)).Message);
    }

    [Fact]
    public void Short_HMAC_secrets_are_refused() =>
        Assert.Throws<ArgumentException>(() => new HmacKey("weak", Encoding.ASCII.GetBytes("secret")));
}
