using System.Diagnostics;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>
/// The pinned npm tools the quality gates run (theme/package.json devDependencies, installed by `npm ci` in theme/).
/// Like the browser: in CI (CI=true) a missing tool fails the test; locally it skips with the command that installs it.
/// </summary>
public static class QualityTools
{
    public static string NodeModules => Path.Combine(TestSite.ThemeDir, "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string HtmlValidateBin => Path.Combine(NodeModules, "html-validate", "bin", "html-validate.mjs");

    public static string HtmlValidateConfig => Path.Combine(TestSite.ThemeDir, ".htmlvalidate.mjs");

    public static void Require(string file)
    {
        if (File.Exists(file)) return;
        var reason = $"{Path.GetRelativePath(TestSite.RepositoryRoot, file)} is missing: run `npm ci` in theme/";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(reason);
        Skip.If(true, reason);
    }

    /// <summary>Runs node with arguments; returns exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunNodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
