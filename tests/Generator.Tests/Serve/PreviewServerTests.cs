using UnderLoad.Generator.Site;
using System.Net;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Serve;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Serve;

/// <summary>`serve`: production headers, Netlify-style URLs, and a reload when a page is saved.</summary>
public class PreviewServerTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private PreviewServer? _server;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\n## One\n\nText.\n");
        _server = new PreviewServer(_site.Options());
        var url = await _server.StartAsync(0, watch: true);
        Assert.StartsWith("http://127.0.0.1:", url);
        _http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(20) };
    }

    [Fact]
    public async Task Pages_answer_without_html_extension_with_the_production_headers()
    {
        var response = await _http!.GetAsync("topics/a");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.PolicyOf(File.ReadAllText(Path.Combine(_site.Output, "_headers"))), response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(System.Net.Http.Headers.CacheControlHeaderValue.Parse(SecurityHeaders.PageCacheControl), response.Headers.CacheControl);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Topic A</h1>", html);
        Assert.Contains("src=\"/__livereload.js\"", html);
        Assert.DoesNotContain("__livereload", File.ReadAllText(Path.Combine(_site.Output, "topics", "a.html")));
    }

    [Fact]
    public async Task Text_is_sent_compressed_as_the_hosts_send_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "topics/a");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await _http!.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = new System.IO.Compression.BrotliStream(await response.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        Assert.Contains("<h1>Topic A</h1>", await new StreamReader(body).ReadToEndAsync());
    }

    [Fact]
    public async Task Fingerprinted_assets_are_immutable_and_unknown_paths_get_the_404_page()
    {
        var css = Directory.GetFiles(Path.Combine(_site.Output, "assets"), "site.*.css").Single();
        var asset = await _http!.GetAsync("assets/" + Path.GetFileName(css));
        Assert.Equal(System.Net.Http.Headers.CacheControlHeaderValue.Parse(SecurityHeaders.ImmutableCacheControl), asset.Headers.CacheControl);
        Assert.Equal("text/css", asset.Content.Headers.ContentType!.MediaType);

        var missing = await _http.GetAsync("no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Saving_a_page_rebuilds_and_tells_open_pages_to_reload()
    {
        using var events = await _http!.GetAsync("__livereload", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await events.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        _site.Write("topics/a.md", TestSite.Page("Topic A, edited", "About A.", 1) + "\n## One\n\nNew text.\n");
        Assert.Equal("data: reload", await NextLineStartingWith(reader, "data:"));
        Assert.Contains("Topic A, edited", await _http.GetStringAsync("topics/a.html"));
        // The reload does not wait for the offline book: the last one is served meanwhile, never an empty file …
        Assert.Contains("Topic A", await _http.GetStringAsync("under-load.html"));
        // … and the full build that follows brings it up to date.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await _http.GetStringAsync("under-load.html")).Contains("Topic A, edited") && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Contains("Topic A, edited", await _http.GetStringAsync("under-load.html"));
        Assert.True((await _http.GetByteArrayAsync("under-load.zip")).Length > 1000);
    }

    [Fact]
    public async Task Saves_during_a_rebuild_are_built_not_dropped()
    {
        for (var i = 1; i <= 5; i++)
        {
            _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + $"\n## One\n\nVersion {i}.\n");
            await Task.Delay(i * 15);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await _http!.GetStringAsync("topics/a.html")).Contains("Version 5.") && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Contains("Version 5.", await _http.GetStringAsync("topics/a.html"));
    }

    [Fact]
    public async Task A_failed_rebuild_is_shown_over_the_page_with_its_errors()
    {
        using var events = await _http!.GetAsync("__livereload", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());

        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\n## One\n\nSee [gone](gone.md).\n");
        Assert.Equal("event: failed", await NextLineStartingWith(reader, "event:"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var data = await reader.ReadLineAsync(timeout.Token);
        Assert.StartsWith("data: ", data);
        var problems = System.Text.Json.JsonSerializer.Deserialize<string[]>(data!["data: ".Length..])!;
        Assert.Contains(problems, p => p.StartsWith("input/topics/a.md:9: error: broken link 'gone.md'", StringComparison.Ordinal));

        // A page opened after the failure learns of it at once, and the script that shows it is served.
        using var late = await _http.GetAsync("__livereload", HttpCompletionOption.ResponseHeadersRead);
        using var lateReader = new StreamReader(await late.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await lateReader.ReadLineAsync(timeout.Token));
        Assert.Equal("", await lateReader.ReadLineAsync(timeout.Token));
        Assert.Equal("event: failed", await lateReader.ReadLineAsync(timeout.Token));
        var script = await _http.GetStringAsync("__livereload.js");
        Assert.Contains("addEventListener(\"failed\"", script);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_in_two_lines_and_exits_1()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exitCode, printed) = await GeneratorCli.RunAsync(null, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--input", _site.Input, "--output", _site.Output, "--theme", TestSite.ThemeDir, "--no-cache");
        Assert.Equal(1, exitCode);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", printed);
        Assert.Contains("--port", printed);
        Assert.DoesNotContain("   at ", printed);
    }

    /// <summary>The next line of a server-sent event stream that starts with <paramref name="prefix"/> (15 s at most).</summary>
    private static async Task<string?> NextLineStartingWith(StreamReader reader, string prefix)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith(prefix, StringComparison.Ordinal));

        return line;
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _site.Dispose();
    }
}
