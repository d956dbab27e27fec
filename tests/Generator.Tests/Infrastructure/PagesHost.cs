using System.Net;
using System.Net.Sockets;

namespace UnderLoad.Generator.Tests.Infrastructure;

/// <summary>
/// Serves a folder the way GitHub Pages serves a project site: under a path prefix (/repo/), a folder answers its
/// index.html, /page answers page.html, and anything missing is answered with the site's 404.html and status 404.
/// No custom headers (Pages sends none). Bound to 127.0.0.1 on a free port.
/// </summary>
public sealed class PagesHost : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public PagesHost(string root, string prefix)
    {
        _root = Path.GetFullPath(root);
        Prefix = "/" + prefix.Trim('/') + "/";
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>http://127.0.0.1:port</summary>
    public string Origin { get; }

    /// <summary>/repo/</summary>
    public string Prefix { get; }

    public string SiteUrl => Origin + Prefix;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = path.StartsWith(Prefix, StringComparison.Ordinal) || path + "/" == Prefix ? Find(path.Length < Prefix.Length ? "" : path[Prefix.Length..]) : null;
            var status = 200;
            if (file is null)
            {
                file = Path.Combine(_root, "404.html");
                status = 404;
            }

            var bytes = File.ReadAllBytes(file);
            response.StatusCode = status;
            response.ContentType = ContentType(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            // The browser went away mid-answer.
        }
    }

    private string? Find(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal)) return null;
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        if (File.Exists(full)) return full;
        return File.Exists(full + ".html") ? full + ".html" : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".zip" => "application/zip",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
