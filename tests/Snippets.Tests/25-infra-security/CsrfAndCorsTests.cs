using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using UnderLoad.Snippets.InfraSecurity;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.InfraSecurity;

public sealed class CsrfAndCorsTests
{
    private static readonly CsrfDoubleSubmit Csrf = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private static HttpRequest Request(string method, string? session, string? cookie, string? header)
    {
        var ctx = new DefaultHttpContext();
        ctx.Request.Method = method;
        var cookies = new List<string>();
        if (session is not null) cookies.Add($"{CsrfDoubleSubmit.SessionCookie}={session}");
        if (cookie is not null) cookies.Add($"{CsrfDoubleSubmit.CookieName}={cookie}");
        if (cookies.Count > 0) ctx.Request.Headers.Cookie = string.Join("; ", cookies);
        if (header is not null) ctx.Request.Headers[CsrfDoubleSubmit.HeaderName] = header;
        return ctx.Request;
    }

    [Fact]
    public void The_token_cookie_is_SameSite_Strict_Secure_and_readable_by_script()
    {
        var ctx = new DefaultHttpContext();
        var token = Csrf.IssueTo(ctx.Response, "session-1");
        var setCookie = SetCookieHeaderValue.Parse(ctx.Response.Headers.SetCookie.ToString());
        Assert.Equal(token, setCookie.Value.ToString());
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, setCookie.SameSite);
        Assert.True(setCookie.Secure);
        Assert.False(setCookie.HttpOnly);
    }

    [Fact]
    public void Unsafe_requests_need_the_header_to_echo_a_token_bound_to_the_session()
    {
        var token = Csrf.IssueTo(new DefaultHttpContext().Response, "session-1");
        var forOther = Csrf.IssueTo(new DefaultHttpContext().Response, "session-2");

        Assert.True(Csrf.IsValid(Request("POST", "session-1", token, token)));
        Assert.True(Csrf.IsValid(Request("GET", "session-1", null, null)));       // safe method
        Assert.False(Csrf.IsValid(Request("POST", "session-1", token, null)));    // forged form: cookie sent, no header
        Assert.False(Csrf.IsValid(Request("POST", "session-1", token, token + "x")));
        Assert.False(Csrf.IsValid(Request("POST", "session-1", forOther, forOther))); // planted token of another session
        Assert.False(Csrf.IsValid(Request("DELETE", null, token, token)));
        Assert.False(Csrf.IsValid(Request("PUT", "session-1", "a.b.c", "a.b.c")));
    }

    [Fact]
    public async Task Kestrel_answers_the_preflight_for_the_allowed_origin_only()
    {
        var port = RequiredServer.FreePort();
        await using var app = CorsApi.Build(port);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        HttpRequestMessage Preflight(string origin)
        {
            var m = new HttpRequestMessage(HttpMethod.Options, "/api/profile");
            m.Headers.Add("Origin", origin);
            m.Headers.Add("Access-Control-Request-Method", "PUT");
            m.Headers.Add("Access-Control-Request-Headers", "content-type,x-xsrf-token");
            return m;
        }

        using var ok = await http.SendAsync(Preflight(CorsApi.SpaOrigin));
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal(CorsApi.SpaOrigin, ok.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", ok.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        Assert.Contains("PUT", ok.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("x-xsrf-token", ok.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", ok.Headers.GetValues("Access-Control-Max-Age").Single());

        using var evil = await http.SendAsync(Preflight("https://evil.example"));
        Assert.False(evil.Headers.Contains("Access-Control-Allow-Origin")); // the browser will not send the PUT

        // CORS is enforced by the browser, not the server: a "simple" cross-origin POST still runs.
        using var simple = new HttpRequestMessage(HttpMethod.Post, "/api/notes") { Content = new StringContent("x") };
        simple.Headers.Add("Origin", "https://evil.example");
        using var ran = await http.SendAsync(simple);
        Assert.Equal("created", await ran.Content.ReadAsStringAsync());
        Assert.False(ran.Headers.Contains("Access-Control-Allow-Origin")); // ...the attacker just can't read it
        await app.StopAsync();
    }
}
