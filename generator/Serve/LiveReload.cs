using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Serve;

/// <summary>
/// The pages `serve` has open, over server-sent events: "reload" after a good build, "failed" with the errors after a
/// bad one (the script lays them over the page until the next good build).
/// </summary>
public sealed class LiveReload
{
    private readonly List<Channel<string>> _clients = [];

    /// <summary>Tells every open page how the build went.</summary>
    public void Broadcast(BuildResult build)
    {
        lock (_clients)
        {
            foreach (var client in _clients) client.Writer.TryWrite(build.Succeeded ? ReloadEvent : FailedEvent(build));
        }
    }

    /// <summary>Ends every open stream (the server is stopping).</summary>
    public void Complete()
    {
        lock (_clients)
        {
            foreach (var client in _clients) client.Writer.TryComplete();
        }
    }

    /// <summary>Holds a page's event stream open; after a failed build a new page hears why at once.</summary>
    public async Task StreamAsync(HttpContext http, BuildResult? lastBuild)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_clients) _clients.Add(channel);
        try
        {
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            // A page opened (or reloaded) after a failed build shows why at once, not a silently stale page.
            if (lastBuild is { Succeeded: false } failed) await http.Response.WriteAsync(FailedEvent(failed), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync(message, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            lock (_clients) _clients.Remove(channel);
        }
    }

    private const string ReloadEvent = "data: reload\n\n";

    /// <summary>A "failed" server-sent event whose data is the build's errors (and warnings) as a JSON array of lines.</summary>
    private static string FailedEvent(BuildResult build)
    {
        var problems = build.Diagnostics.OrderByDescending(d => d.Severity).Select(d => d.ToString()).Take(50).ToList();
        return $"event: failed\ndata: {System.Text.Json.JsonSerializer.Serialize(problems)}\n\n";
    }

    /// <summary>
    /// Reloads on "reload"; on "failed" lays the build's errors over the page (built with DOM calls and CSSOM styles,
    /// which the strict CSP allows) until the next good build reloads it.
    /// </summary>
    public const string Script = """
        (() => {
          const events = new EventSource("/__livereload");
          events.onmessage = (e) => { if (e.data === "reload") location.reload(); };
          events.addEventListener("failed", (e) => {
            document.getElementById("ul-build-failed")?.remove();
            const box = document.createElement("div");
            box.id = "ul-build-failed";
            box.setAttribute("role", "alert");
            Object.assign(box.style, { position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", padding: "2rem",
              background: "rgba(20, 10, 10, 0.94)", color: "#fff", font: "14px/1.5 ui-monospace, monospace" });
            const title = document.createElement("h2");
            title.textContent = "The build failed: this page is the last good build.";
            Object.assign(title.style, { color: "#ff8a80", font: "bold 18px/1.4 system-ui, sans-serif", margin: "0 0 1rem" });
            const list = document.createElement("pre");
            list.textContent = JSON.parse(e.data).join("\n");
            Object.assign(list.style, { whiteSpace: "pre-wrap", margin: "0" });
            const hint = document.createElement("p");
            hint.textContent = "Fix the file and save: the page reloads when the build passes.";
            box.append(title, list, hint);
            document.body.append(box);
          });
        })();
        """;
}
