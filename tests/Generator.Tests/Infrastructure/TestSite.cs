using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Tests.Infrastructure;

/// <summary>A throwaway input folder with the real theme, built into a throwaway output folder.</summary>
public sealed class TestSite : IDisposable
{
    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "ul-test-" + Guid.NewGuid().ToString("N")[..12]);
        Input = Path.Combine(Root, "input");
        Output = Path.Combine(Root, "output");
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "site.yml"), """
            title: Test Site
            description: A site for tests.
            base_url: https://example.test
            repository: https://github.com/example/site
            parts:
              - title: First part
                topics: [1, 2]
            """ + "\n" + HandbookSchema);
        Write("index.md", Page("Home", "The home page.") + "\nWelcome.\n");
    }

    /// <summary>The front matter schema input/site.yml declares, so test sites check pages as the handbook does.</summary>
    public static string HandbookSchema => File.ReadAllText(Path.Combine(RepositoryRoot, "input", "site.yml"))
        .Split("\nfront_matter:", 2) is [_, var schema] ? "front_matter:" + schema : throw new InvalidOperationException("input/site.yml declares no front_matter");

    public string Root { get; }
    public string Input { get; }
    public string Output { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ThemeDir => Path.Combine(RepositoryRoot, "theme");

    public static string Page(string title, string summary, int? topic = null, string extra = "") =>
        $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\n{(topic is null ? "" : $"topic: {topic}\n")}{extra}---\n";

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public BuildOptions Options(bool strict = false) => new()
    {
        InputDir = Input,
        OutputDir = Output,
        ThemeDir = ThemeDir,
        Strict = strict,
        RepositoryRoot = Root,
    };

    public BuildResult Build(bool strict = false) => SiteBuilder.Build(Options(strict));

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    /// <summary>Every file under output/ with its bytes, to prove a failed build changed nothing.</summary>
    public Dictionary<string, string> SnapshotOutput() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Site.sln not found above the test assembly.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
