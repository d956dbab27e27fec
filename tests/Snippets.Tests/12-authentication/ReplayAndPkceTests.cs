using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Authentication;

namespace UnderLoad.Snippets.Tests.Authentication;

public class ReplayCacheTests
{
    [Fact]
    public void A_jti_is_accepted_once_and_forgotten_after_its_token_expires()
    {
        var time = new FakeTimeProvider();
        var cache = new JtiReplayCache(time, TimeSpan.FromSeconds(30));
        var exp = time.GetUtcNow().AddMinutes(5);

        Assert.True(cache.TryConsume("a", exp));
        Assert.False(cache.TryConsume("a", exp));                   // replay
        Assert.True(cache.TryConsume("b", exp.AddMinutes(5)));

        time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(29));
        Assert.False(cache.TryConsume("a", exp));                   // still inside exp + skew
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cache.TryConsume("c", exp.AddMinutes(10)));     // triggers eviction of "a"
        Assert.Equal(2, cache.Count);                               // b and c
    }
}

public class PkceTests
{
    [Fact]
    public void S256_matches_RFC_7636_appendix_B()
    {
        const string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.ChallengeS256(verifier));
        Assert.True(Pkce.Verify(verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "S256"));
    }

    [Fact]
    public void Verifiers_are_43_unreserved_characters_and_plain_or_bad_verifiers_fail()
    {
        var v = Pkce.CreateVerifier();
        Assert.Equal(43, v.Length);
        Assert.NotEqual(v, Pkce.CreateVerifier());
        var c = Pkce.ChallengeS256(v);
        Assert.False(Pkce.Verify(v, v, "plain"));
        Assert.False(Pkce.Verify(v[..42], Pkce.ChallengeS256(v[..42]), "S256"));     // too short
        Assert.False(Pkce.Verify(v[..42] + "!", Pkce.ChallengeS256(v[..42] + "!"), "S256"));
        Assert.False(Pkce.Verify(Pkce.CreateVerifier(), c, "S256"));
    }

    [Fact]
    public void A_stolen_code_is_useless_without_the_verifier_and_codes_are_single_use()
    {
        var time = new FakeTimeProvider();
        var codes = new AuthorizationCodes(time);
        var verifier = Pkce.CreateVerifier();
        const string app = "mobile-app", redirect = "com.example.app:/callback";

        var code = codes.Issue(app, redirect, Pkce.ChallengeS256(verifier), "S256");
        Assert.False(codes.Redeem(code, app, redirect, Pkce.CreateVerifier()));     // attacker's guess burns the code
        Assert.False(codes.Redeem(code, app, redirect, verifier));                  // single use

        var code2 = codes.Issue(app, redirect, Pkce.ChallengeS256(verifier), "S256");
        Assert.False(codes.Redeem(code2, app, redirect + "/evil", verifier));
        var code3 = codes.Issue(app, redirect, Pkce.ChallengeS256(verifier), "S256");
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.False(codes.Redeem(code3, app, redirect, verifier));                 // expired
        var code4 = codes.Issue(app, redirect, Pkce.ChallengeS256(verifier), "S256");
        Assert.True(codes.Redeem(code4, app, redirect, verifier));
        Assert.False(codes.Redeem(Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), app, redirect, verifier));
    }
}
