using Microsoft.Playwright;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Starts the machine's own headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM_PATH) through Playwright.
/// Never downloads a browser: Playwright's driver ships in the NuGet package (.playwright/ in the build output),
/// and the browser is the one the machine has. Reused by diagrams, browser tests, PDF and search benchmarks.
/// </summary>
public static class Browser
{

    /// <summary>Flags for a quiet, offline, headless browser in a container (no sandbox, no GPU, no phoning home).</summary>
    public static readonly IReadOnlyList<string> Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];


    /// <summary>The Chromium executable: $CHROMIUM_PATH if set, else /usr/bin/chromium; null when neither exists.</summary>
    public static string? ChromiumPath
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return File.Exists(fromEnvironment) ? fromEnvironment : null;
            }

            return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        }
    }

    public static bool IsAvailable => ChromiumPath is not null;

    /// <summary>
    /// Launches Chromium. The returned browser owns its Playwright driver: disposing the browser
    /// (<c>await browser.DisposeAsync()</c> or <c>CloseAsync</c>) also stops the driver.
    /// </summary>
    public static async Task<IBrowser> LaunchChromiumAsync()
    {
        var path = ChromiumPath ?? throw new InvalidOperationException(
            "Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.");
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Args,
                Timeout = 60_000,
            }).ConfigureAwait(false);
            // Off the driver's dispatch thread: stopping the driver from its own event would wait on itself.
            browser.Disconnected += (_, _) => Task.Run(playwright.Dispose);
            return browser;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
