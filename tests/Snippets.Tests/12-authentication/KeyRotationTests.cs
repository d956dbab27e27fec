using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Authentication;

namespace UnderLoad.Snippets.Tests.Authentication;

public class KeyRotationTests
{
    [Fact]
    public void Old_tokens_verify_during_the_overlap_and_new_tokens_use_the_new_kid()
    {
        var t0 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(t0);
        var lifetime = TimeSpan.FromMinutes(15);
        var ring = new KeyRing(time, lifetime);
        ring.Add(new HmacKey("2026-02", RandomNumberGenerator.GetBytes(32)), t0.AddDays(-30));
        var verifier = new JwtVerifier(ring.Resolve, time, "iss", "aud", TimeSpan.Zero);

        JsonObject Claims() => new() { ["iss"] = "iss", ["aud"] = "aud", ["exp"] = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds() };

        // 1. publish the next key an hour before it signs anything
        ring.Add(new HmacKey("2026-03", RandomNumberGenerator.GetBytes(32)), t0.AddHours(1));
        Assert.Equal(["2026-02", "2026-03"], ring.Published().Select(k => k.Kid));
        Assert.Equal("2026-02", ring.SigningKey().Kid);

        // 2. a token signed with the old key just before the switch
        time.Advance(TimeSpan.FromMinutes(59));
        var oldToken = Jwt.Sign(Claims(), ring.SigningKey());

        // 3. after the switch new tokens carry the new kid; the old token still verifies
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("2026-03", ring.SigningKey().Kid);
        verifier.Verify(Jwt.Sign(Claims(), ring.SigningKey()));
        time.Advance(TimeSpan.FromMinutes(13));
        verifier.Verify(oldToken);
        Assert.Equal(2, ring.Published().Count);

        // 4. once every old token has expired, the old key leaves the JWKS
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(["2026-03"], ring.Published().Select(k => k.Kid));
        Assert.Null(ring.Resolve("2026-02"));
        Assert.Throws<JwtException>(() => verifier.Verify(oldToken));
    }

    [Fact]
    public void A_ring_with_no_active_key_cannot_sign()
    {
        var time = new FakeTimeProvider();
        var ring = new KeyRing(time, TimeSpan.FromMinutes(5));
        ring.Add(new HmacKey("future", new byte[32]), time.GetUtcNow().AddHours(1));
        Assert.Throws<InvalidOperationException>(() => ring.SigningKey());
        Assert.NotNull(ring.Resolve("future"));                     // but verifiers already know it
    }
}
