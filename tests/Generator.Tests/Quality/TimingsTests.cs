using System.Diagnostics;
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

        var generator = typeof(UnderLoad.Generator.Cli.BuildCommand).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = site.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { generator, "build", "--timings", "--input", site.Input, "--output", site.Output, "--theme", TestSite.ThemeDir })
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;

        Assert.True(process.ExitCode == 0, output);
        foreach (var phase in new[] { "read", "front matter", "markdown", "layout", "post-process", "search index", "write", "total" })
            Assert.Matches($@"(?m)^\W*{System.Text.RegularExpressions.Regex.Escape(phase)}\s.*\d", output);
        Assert.Matches(@"peak memory: \d+ MB", output);
    }
}
