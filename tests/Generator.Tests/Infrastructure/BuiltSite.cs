using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Tests.Infrastructure;

/// <summary>The real input/ built once per test run into a temporary folder (shared by site and browser tests).</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Output = Path.Combine(Path.GetTempPath(), "ul-site-" + Guid.NewGuid().ToString("N")[..12], "output");
        Result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = Path.Combine(TestSite.RepositoryRoot, "input"),
            ThemeDir = TestSite.ThemeDir,
            OutputDir = Output,
            RepositoryRoot = TestSite.RepositoryRoot,
        });
    }

    public string Output { get; }
    public BuildResult Result { get; }

    /// <summary>The site's pages; not output/under-load.html, the single-file book read from disk (tests/Generator.Tests/Offline/).</summary>
    public IEnumerable<string> Pages => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Where(f => Path.GetRelativePath(Output, f) != UnderLoad.Generator.Offline.OfflineFiles.Book);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
