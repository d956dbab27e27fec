using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>`build --timings` reports each phase and the peak memory (the generator run as a user runs it).</summary>
public class TimingsTests
{
    [Fact]
    public async Task Build_with_timings_prints_every_phase_and_peak_memory()
    {
        using var site = new TestSite();
        site.Write("topics/one.md", TestSite.Page("One", "The first topic.", topic: 1) +
            "\n## Code\n\n```csharp\nvar x = 1;\n```\n\nSee [two](two.md).\n");
        site.Write("topics/two.md", TestSite.Page("Two", "The second topic.", topic: 2) + "\n## Text\n\nWords.\n");

        var (exitCode, output) = await GeneratorCli.RunAsync(site.Root, "build", "--timings", "--input", site.Input, "--output", site.Output, "--theme", TestSite.ThemeDir);

        Assert.True(exitCode == 0, output);
        foreach (var phase in new[] { "read", "front matter", "markdown", "layout", "post-process", "search index", "write", "total" })
            Assert.Matches($@"(?m)^\W*{System.Text.RegularExpressions.Regex.Escape(phase)}\s.*\d", output);
        Assert.Matches(@"peak memory: \d+ MB", output);
    }
}
