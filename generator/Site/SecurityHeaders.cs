namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// The response headers of the site, in one place: written to output/_headers (Netlify; `serve` sends the
/// same), mirrored in netlify.toml (a test checks they agree).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No 'unsafe-inline' anywhere: the pages carry no inline script, style element or style attribute.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IReadOnlyList<KeyValuePair<string, string>> ForAll { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload"),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
        new("X-Frame-Options", "DENY"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    /// <summary>Fingerprinted assets never change under their name.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>
    /// Pages keep their URL and change: always revalidate. This is Netlify's own default, so _headers and
    /// netlify.toml leave it implicit (Netlify merges the values of overlapping rules); `serve` sends it.
    /// </summary>
    public const string PageCacheControl = "public, max-age=0, must-revalidate";

    /// <summary>The _headers file (Netlify's format; also read by `serve`).</summary>
    public static string HeadersFile()
    {
        var lines = new List<string> { "/*" };
        lines.AddRange(ForAll.Select(h => $"  {h.Key}: {h.Value}"));
        lines.Add("/assets/*");
        lines.Add($"  Cache-Control: {ImmutableCacheControl}");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The headers a response for <paramref name="path"/> (site-rooted, e.g. /assets/site.1a.css) carries.</summary>
    public static IEnumerable<KeyValuePair<string, string>> For(string path)
    {
        foreach (var header in ForAll) yield return header;
        yield return new("Cache-Control", path.StartsWith("/assets/", StringComparison.Ordinal) ? ImmutableCacheControl : PageCacheControl);
    }
}
