using UnderLoad.Generator.Site;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnderLoad.Generator.Cli;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Serve;

/// <summary>
/// Serves output/ on 127.0.0.1 the way Netlify does (/page answers page.html, unknown paths get 404.html,
/// the same headers as _headers), and on a change under input/ or theme/ rebuilds in-process (the
/// highlighting and diagram caches survive) and tells open pages to reload over server-sent events.
/// </summary>
public sealed class PreviewServer(BuildOptions options) : IAsyncDisposable
{
    private const string ReloadScriptPath = "/__livereload.js";
    private const string ReloadEventsPath = "/__livereload";
    private readonly LiveReload _reload = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private WebApplication? _app;
    private Timer? _debounce;
    private int _building;

    /// <summary>What this server keeps from one build for the next (bounded); it goes when the server does.</summary>
    private readonly Memo _memo = new();

    public BuildResult? LastBuild { get; private set; }

    /// <summary>How many rebuilds have completed (tests wait on it).</summary>
    public int Builds;

    public async Task<string> StartAsync(int port, bool watch, CancellationToken cancellation = default)
    {
        Rebuild(first: true);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // a bind failure is reported by the serve command
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // Compressed as Netlify and GitHub Pages send text (Brotli or gzip), so the preview loads as the site does.
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        _app = builder.Build();
        _app.UseResponseCompression();
        _app.Use(Handle);
        await _app.StartAsync(cancellation);
        if (watch) Watch();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.TrimEnd('/') + "/";
    }

    private int _pending;

    /// <summary>
    /// Builds after a save, in two steps: the pages first (the offline book and archive of the last build stay), then the
    /// open pages are told to reload, then a full build brings the book and archive up to date (the pages come out
    /// byte for byte the same, so no second reload). A save during a build is built right after it, never dropped.
    /// </summary>
    private void Rebuild(bool first = false)
    {
        Interlocked.Exchange(ref _pending, 1);
        if (Interlocked.Exchange(ref _building, 1) == 1) return; // the build running now loops once more
        try
        {
            while (Interlocked.Exchange(ref _pending, 0) == 1)
            {
                var pages = SiteBuilder.Build(options with { Memo = _memo, KeepPreviousOfflineFiles = !first });
                LastBuild = pages;
                _policy = SecurityHeaders.PolicyIn(options.OutputDir);
                BuildCommand.Report(pages, options, timings: false);
                Interlocked.Increment(ref Builds);
                _reload.Broadcast(pages);

                // The full build waits until the browser has reloaded (the two would share the cores), and gives way to a new save.
                for (var waited = 0; !first && waited < 300 && Volatile.Read(ref _pending) == 0; waited += 20) Thread.Sleep(20);
                if (!first && pages.Succeeded && Volatile.Read(ref _pending) == 0)
                {
                    var full = SiteBuilder.Build(options with { Memo = _memo });
                    if (!full.Succeeded) BuildCommand.Report(full, options, timings: false);
                    LastBuild = full;
                    _policy = SecurityHeaders.PolicyIn(options.OutputDir);
                }

                first = false;
            }
        }
        finally
        {
            Volatile.Write(ref _building, 0);
        }

        // A save that came in after the loop's last look and before the flag was cleared.
        if (Volatile.Read(ref _pending) == 1) Rebuild();
    }

    private void Watch()
    {
        foreach (var dir in new[] { options.InputDir, options.ThemeDir })
        {
            if (!Directory.Exists(dir)) continue;
            var watcher = new FileSystemWatcher(dir) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            FileSystemEventHandler changed = (_, e) =>
            {
                var path = e.FullPath.Replace('\\', '/');
                if (path.Contains("/bin/") || path.Contains("/obj/") || path.Contains("/node_modules/") || path.Contains("/diagrams-cache/")) return;
                _debounce?.Dispose();
                // One save is a few events within a millisecond or two (truncate, write; an editor's rename): 25 ms joins them.
                _debounce = new Timer(_ => Rebuild(), null, 25, Timeout.Infinite);
            };
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (s, e) => changed(s, e);
            _watchers.Add(watcher);
        }
    }

    private async Task Handle(HttpContext http, RequestDelegate next)
    {
        var path = http.Request.Path.Value ?? "/";
        if (path == ReloadEventsPath)
        {
            await _reload.StreamAsync(http, LastBuild);
            return;
        }

        if (path == ReloadScriptPath)
        {
            http.Response.ContentType = "text/javascript; charset=utf-8";
            await http.Response.WriteAsync(LiveReload.Script);
            return;
        }

        var file = ServedPaths.Locate(options.OutputDir, path);
        if (file is null && Volatile.Read(ref _building) == 1)
        {
            // A rebuild swaps output/ by two renames: a request that falls between them looks again.
            await Task.Delay(20);
            file = ServedPaths.Locate(options.OutputDir, path);
        }

        var status = 200;
        if (file is null)
        {
            file = Path.Combine(options.OutputDir, "404.html");
            status = 404;
            if (!File.Exists(file))
            {
                http.Response.StatusCode = 404;
                return;
            }
        }

        foreach (var header in SecurityHeaders.For(path, _policy)) http.Response.Headers[header.Key] = header.Value;
        new FileExtensionContentTypeProvider().TryGetContentType(file, out var type);
        http.Response.ContentType = type ?? "application/octet-stream";
        http.Response.StatusCode = status;
        var bytes = await File.ReadAllBytesAsync(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            // Live reload: an external script (the CSP allows 'self'), added only in the preview.
            var html = Encoding.UTF8.GetString(bytes).Replace("</body>", $"<script src=\"{ReloadScriptPath}\" defer></script></body>", StringComparison.Ordinal);
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await http.Response.Body.WriteAsync(bytes);
    }

    /// <summary>The CSP of the last build, read once per build (not per request) from its _headers.</summary>
    private volatile string _policy = SecurityHeaders.ContentSecurityPolicy;

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _debounce?.Dispose();
        _reload.Complete();

        if (_app is not null) await _app.DisposeAsync();
    }
}
