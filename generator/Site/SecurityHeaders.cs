namespace UnderLoad.Generator.Site;

/// <summary>
/// The response headers of the site, in one place: written to output/_headers, the one file Netlify reads them from
/// (netlify.toml sets none, so no two rules merge), and sent by `serve` as that file says.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>No 'unsafe-inline' anywhere: the pages carry no inline script, style element or style attribute.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The policy of a build: <see cref="ContentSecurityPolicy"/>, with the hashes of the inline &lt;style&gt; elements the
    /// site itself wrote (the single-file book's) allowed by name, so the book is styled when read online too. A hash
    /// allows that exact text and nothing else; pages carry no inline style.
    /// </summary>
    public static string Policy(IEnumerable<string> styleHashes)
    {
        var allowed = string.Concat(styleHashes.Order(StringComparer.Ordinal).Select(h => $" 'sha256-{h}'"));
        return allowed.Length == 0 ? ContentSecurityPolicy : ContentSecurityPolicy.Replace("style-src 'self'", "style-src 'self'" + allowed, StringComparison.Ordinal);
    }

    /// <summary>The base64 SHA-256 of an inline element's text, as a CSP hash-source names it.</summary>
    public static string Hash(string inlineText) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(inlineText)));

    public static IReadOnlyList<KeyValuePair<string, string>> ForAll { get; } = With(ContentSecurityPolicy);

    /// <summary>Every header of every response, with <paramref name="policy"/> as the CSP.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> With(string policy) =>
    [
        new("Content-Security-Policy", policy),
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
    public static string HeadersFile(string policy)
    {
        var lines = new List<string> { "/*" };
        lines.AddRange(With(policy).Select(h => $"  {h.Key}: {h.Value}"));
        lines.Add("/assets/*");
        lines.Add($"  Cache-Control: {ImmutableCacheControl}");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The CSP line of a written _headers file; the base policy when there is none.</summary>
    public static string PolicyOf(string headersFile)
    {
        const string prefix = "  Content-Security-Policy: ";
        return headersFile.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..] ?? ContentSecurityPolicy;
    }

    /// <summary>The headers a response for <paramref name="path"/> (site-rooted, e.g. /assets/site.1a.css) carries.</summary>
    public static IEnumerable<KeyValuePair<string, string>> For(string path, string policy)
    {
        foreach (var header in With(policy)) yield return header;
        yield return new("Cache-Control", path.StartsWith("/assets/", StringComparison.Ordinal) ? ImmutableCacheControl : PageCacheControl);
    }

    /// <summary>The CSP the built site's _headers names (it allows the book's style by hash), as Netlify would send it.</summary>
    public static string PolicyIn(string outputDir)
    {
        var file = Path.Combine(outputDir, "_headers");
        try
        {
            return File.Exists(file) ? PolicyOf(File.ReadAllText(file)) : ContentSecurityPolicy;
        }
        catch (IOException)
        {
            return ContentSecurityPolicy; // unreadable: the base policy, which allows no inline style
        }
    }
}
