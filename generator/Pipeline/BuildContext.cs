using UnderLoad.Generator.Site;
using System.Collections.Concurrent;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Shared by the modules of one run: the options, the site configuration, where problems go, and the
/// site-wide facts modules hand to later ones (fingerprinted assets, navigation, anchors).
/// </summary>
public sealed class BuildContext
{
    /// <param name="cache">The on-disk cache of this build (<see cref="BuildOptions.CacheDir"/>), or null for none.</param>
    public BuildContext(BuildOptions options, SiteConfig site, string stagingDir, BuildCache? cache = null)
    {
        Options = options;
        Site = site;
        StagingDir = stagingDir;
        Cache = cache;
        Highlighter = new(cache, options.Memo);
        Bodies = new BodyStore(stagingDir);
    }

    /// <summary>The rendered bodies waiting for their layout (RenderMarkdown to ApplyLayout), on disk.</summary>
    public BodyStore Bodies { get; }

    public BuildOptions Options { get; }

    /// <summary>The on-disk cache of this build (<see cref="BuildOptions.CacheDir"/>), or null.</summary>
    public BuildCache? Cache { get; }

    /// <summary>Highlights every code block of this build (fenced blocks and snippets), through <see cref="Cache"/> and the memo.</summary>
    public MarkdownExtensions.Highlighting.CodeHighlighter Highlighter { get; }

    /// <summary>The outcome of this build's <c>npm ci</c> in theme/ ("" when it worked), once one ran (<see cref="ThemePackages.InstallOnce"/>).</summary>
    internal string? ThemeInstall { get; set; }

    internal Lock ThemeInstallGate { get; } = new();
    public SiteConfig Site { get; }
    /// <summary>The temporary folder this run writes into; it replaces output/ only if the run succeeds.</summary>
    public string StagingDir { get; }
    public Diagnostics Diagnostics { get; } = new();

    /// <summary>Base URL without a trailing slash, e.g. https://underload.dev.</summary>
    public string BaseUrl => (Options.BaseUrl ?? Site.BaseUrl).TrimEnd('/');

    /// <summary>
    /// The path part of the base URL with both slashes: "/" for https://underload.dev, "/repo/" for a GitHub Pages
    /// project site at https://owner.github.io/repo. Links rooted at the site (the 404 page's) start with it.
    /// </summary>
    public string BasePath => Uri.TryCreate(BaseUrl + "/", UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";

    /// <summary>Logical asset name (site.css) → fingerprinted output path (assets/site.1a2b3c4d.css).</summary>
    public ConcurrentDictionary<string, string> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>Hashes of the inline &lt;style&gt; elements the build wrote on purpose (the book's), for the CSP.</summary>
    public ConcurrentDictionary<string, byte> InlineStyleHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Static files of input/ (input-relative path, e.g. images/queue.png) → their fingerprinted output path.</summary>
    public ConcurrentDictionary<string, string> StaticFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Files written besides pages (output-relative path → bytes), e.g. the search index. Empty bytes reserve a path
    /// (its links check out); <see cref="KeepPrevious"/> bytes mean "the previous output's file, as it is".
    /// </summary>
    public ConcurrentDictionary<string, byte[]> ExtraFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The value of <see cref="ExtraFiles"/> for a file carried over from the previous output.</summary>
    public static readonly byte[] KeepPrevious = new byte[0];

    /// <summary>
    /// Work a module started that runs alongside the modules after it (the site archive is compressed while
    /// WriteFiles writes). The build waits for all of it before output/ is replaced.
    /// </summary>
    public List<Task> Background { get; } = [];

    /// <summary>Phase name → elapsed time, for --timings.</summary>
    public ConcurrentDictionary<string, TimeSpan> Timings { get; } = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<Product, object> _products = new();

    /// <summary>Hands a site-wide product to later modules (the module declares it in <see cref="IModule.Produces"/>).</summary>
    public void Set<T>(Product<T> product, T value) where T : class => _products[product] = value;

    /// <summary>A product an earlier module made (declared in <see cref="IModule.Needs"/>, so the order is checked at start).</summary>
    public T Get<T>(Product<T> product) where T : class =>
        _products.TryGetValue(product, out var value) ? (T)value
            : throw new InvalidOperationException($"{product.Name} was read before any module made it: declare it in Needs and check the order with PipelineOrder.");

    /// <summary>A product an earlier module may have made, or null (for helpers shared by pipelines with and without it).</summary>
    public T? TryGet<T>(Product<T> product) where T : class => _products.TryGetValue(product, out var value) ? (T)value : null;

    /// <summary>The repository folder: the given one, else the parent of input/ (snippets, tests and pages live there).</summary>
    public string RepositoryRoot => Options.RepositoryRoot ?? Path.GetFullPath(Path.Combine(Options.InputDir, ".."));

    /// <summary>Where a file of the repository is shown on the web (site.yml's repository), or null without one.</summary>
    public string? SourceUrl(string repositoryPath) =>
        string.IsNullOrEmpty(Site.Repository) ? null : $"{Site.Repository.TrimEnd('/')}/blob/{Site.Branch}/{repositoryPath}";

    public string AssetUrl(Document page, string logicalName) =>
        page.RootPrefix + (Assets.TryGetValue(logicalName, out var path) ? path : "assets/" + logicalName);
}
