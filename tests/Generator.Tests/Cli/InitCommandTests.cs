using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Cli;

/// <summary>`init` and `build` as a user of the tool runs them, outside any repository, with the built-in theme.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ul-init-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task Init_writes_a_starter_site_that_builds_strictly_and_refuses_to_overwrite_it()
    {
        Directory.CreateDirectory(_root);
        var (initCode, initOutput) = await GeneratorCli.RunAsync(_root, "init", "site");
        Assert.True(initCode == 0, initOutput);
        foreach (var file in new[] { "site.yml", "README.md", "SUMMARY.md", "guide/getting-started.md" }) Assert.True(File.Exists(Path.Combine(_root, "site", file)), file);

        var site = Path.Combine(_root, "site");
        var (buildCode, buildOutput) = await GeneratorCli.RunAsync(site, "build", "--strict", "--no-cache");
        Assert.True(buildCode == 0, buildOutput);
        var home = File.ReadAllText(Path.Combine(site, "output", "index.html"));
        Assert.Contains("<title>site — Welcome</title>", home);
        Assert.Contains("href=\"guide/getting-started.html#write-a-page\"", home);
        Assert.True(File.Exists(Path.Combine(site, "output", "guide", "getting-started.html")));
        Assert.True(File.Exists(Path.Combine(site, "output", "under-load.html")));

        var (again, againOutput) = await GeneratorCli.RunAsync(_root, "init", "site");
        Assert.Equal(1, again);
        Assert.Contains("site/README.md:0: error: the file exists already", againOutput);
    }

    [Fact]
    public async Task Messages_print_the_input_folder_as_the_user_gave_it()
    {
        var docs = Path.Combine(_root, "docs");
        Directory.CreateDirectory(Path.Combine(_root, "work"));
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "index.md"), "# Home\n\nA [broken link](missing.md).\n");

        var (code, output) = await GeneratorCli.RunAsync(Path.Combine(_root, "work"), "build", "--input", "../docs", "--output", "out", "--no-cache");

        Assert.Equal(1, code);
        Assert.Contains("../docs/index.md:3: error: broken link 'missing.md'", output);
        Assert.DoesNotContain("input/", output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
