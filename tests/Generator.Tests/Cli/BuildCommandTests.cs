using System.CommandLine;
using UnderLoad.Generator.Cli;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Cli;

/// <summary>The `build` verb as a contributor types it: what its options mean, and what a failed build prints and returns.</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static BuildOptions Parse(params string[] args) =>
        BuildCommand.Options(new RootCommand { BuildCommand.Create() }.Parse(["build", .. args]));

    [Fact]
    public void Relative_folders_are_read_from_the_working_directory_and_no_cache_means_none()
    {
        var options = Parse("--input", "docs", "--output", "public", "--no-cache", "--strict", "--base-url", "https://example.test/repo");

        Assert.Equal(Path.GetFullPath("docs"), options.InputDir);
        Assert.Equal(Path.GetFullPath("public"), options.OutputDir);
        Assert.Null(options.CacheDir);
        Assert.True(options.Strict);
        Assert.Equal("https://example.test/repo", options.BaseUrl);
        Assert.Null(options.Memo); // a one-off build keeps nothing in memory for a next one
    }

    [Fact]
    public void Without_options_a_build_uses_a_cache_outside_the_repository_keyed_by_the_input_folder()
    {
        var options = Parse("--input", "docs");

        Assert.Equal(BuildCache.DefaultFolder(Path.GetFullPath("docs")), options.CacheDir);
        Assert.False(options.Strict);
        Assert.Equal(Parse("--input", "docs", "--cache", "elsewhere").CacheDir, Path.GetFullPath("elsewhere"));
    }

    [Fact]
    public async Task A_build_with_a_broken_page_prints_path_line_and_hint_exits_1_and_keeps_the_previous_output()
    {
        _site.Write("topics/01-a.md", TestSite.Page("A", "S.", topic: 1) + "\nSee [missing](02-nothing.md).\n");
        Directory.CreateDirectory(_site.Output);
        File.WriteAllText(Path.Combine(_site.Output, "index.html"), "previous build");

        var (exitCode, printed) = await GeneratorCli.RunAsync(null, "build", "--input", _site.Input, "--output", _site.Output, "--theme", TestSite.ThemeDir, "--no-cache");

        Assert.Equal(1, exitCode);
        Assert.Contains("topics/01-a.md:7: error: broken link '02-nothing.md'", printed);
        Assert.Contains("hint:", printed);
        Assert.DoesNotContain("   at ", printed); // no stack trace
        Assert.Equal("previous build", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }
}
