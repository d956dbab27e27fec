using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Real Mermaid (the pinned npm bundle) in one headless Chromium: the bundle is loaded once into each of a few
/// blank pages (one per core, since Mermaid queues the renders of one page and a page's JavaScript runs on one
/// thread), and diagrams are rendered concurrently across those pages.
/// </summary>
public sealed class MermaidRenderer : IAsyncDisposable
{
    // Parse first so a broken diagram comes back with Mermaid's parser message ("Parse error on line 3: ..."),
    // then render with this theme's configuration.
    private const string RenderScript = """
        async ({ id, source, configJson }) => {
          const config = JSON.parse(configJson);
          const message = (e) => String((e && (e.message || e.str)) || e);
          mermaid.initialize(config);
          try { await mermaid.parse(source); } catch (e) { return { svg: null, error: message(e) }; }
          try { const { svg } = await mermaid.render(id, source); return { svg, error: null }; }
          catch (e) { return { svg: null, error: message(e) }; }
          finally { document.getElementById('d' + id)?.remove(); document.getElementById(id)?.remove(); }
        }
        """;

    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(30);

    private readonly IBrowser _browser;
    private readonly Channel<IPage> _idle;

    private MermaidRenderer(IBrowser browser, IReadOnlyList<IPage> pages)
    {
        _browser = browser;
        _idle = Channel.CreateUnbounded<IPage>();
        foreach (var page in pages)
        {
            _idle.Writer.TryWrite(page);
        }
    }

    /// <summary>Starts Chromium and loads the Mermaid bundle into <paramref name="pages"/> blank pages.</summary>
    public static async Task<MermaidRenderer> StartAsync(string bundlePath, int pages = 0)
    {
        if (pages <= 0)
        {
            pages = Math.Clamp(Environment.ProcessorCount, 1, 4);
        }

        var browser = await Browser.LaunchChromiumAsync().ConfigureAwait(false);
        try
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1200, Height = 800 } })
                .ConfigureAwait(false);
            var loaded = await Task.WhenAll(Enumerable.Range(0, pages).Select(async _ =>
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = bundlePath }).ConfigureAwait(false);
                return page;
            })).ConfigureAwait(false);
            return new MermaidRenderer(browser, loaded);
        }
        catch
        {
            await browser.CloseAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Renders <paramref name="source"/> with a Mermaid configuration (JSON); <paramref name="id"/> becomes the SVG's id.</summary>
    public async Task<MermaidResult> RenderAsync(string id, string source, string configJson)
    {
        var page = await _idle.Reader.ReadAsync().ConfigureAwait(false);
        try
        {
            var argument = new { id, source, configJson };
            JsonElement result;
            try
            {
                result = await page.EvaluateAsync<JsonElement>(RenderScript, argument).WaitAsync(RenderTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return new MermaidResult(null, $"Mermaid did not finish drawing this diagram in {RenderTimeout.TotalSeconds:0} s");
            }

            var svg = result.GetProperty("svg");
            var error = result.GetProperty("error");
            return new MermaidResult(
                svg.ValueKind == JsonValueKind.String ? svg.GetString() : null,
                error.ValueKind == JsonValueKind.String ? error.GetString() : null);
        }
        finally
        {
            _idle.Writer.TryWrite(page);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
    }
}
