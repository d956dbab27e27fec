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

    public IEnumerable<string> Pages => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories);

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
