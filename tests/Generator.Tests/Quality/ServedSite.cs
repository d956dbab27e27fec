using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Serve;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// The real input/ built and served by `serve` (PreviewServer, no watching) on 127.0.0.1 with the production
/// headers, from its own temporary output folder: pages as a reader on the web gets them, the 404 page included.
/// </summary>
public sealed class ServedSite : IAsyncLifetime
{
    private PreviewServer? _server;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ul-served-" + Guid.NewGuid().ToString("N")[..12]);

    public BuildOptions Options => new()
    {
        InputDir = Path.Combine(TestSite.RepositoryRoot, "input"),
        ThemeDir = TestSite.ThemeDir,
        OutputDir = Path.Combine(Root, "output"),
        RepositoryRoot = TestSite.RepositoryRoot,
    };

    /// <summary>http://127.0.0.1:port/</summary>
    public string BaseUrl { get; private set; } = "";

    public BuildResult? Build => _server?.LastBuild;

    /// <summary>Site-relative paths of every page (index.html, topics/01-http.html, 404.html …), in order.</summary>
    public IReadOnlyList<string> Pages =>
        Directory.EnumerateFiles(Options.OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Options.OutputDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(Options);
        BaseUrl = await _server.StartAsync(0, watch: false);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
