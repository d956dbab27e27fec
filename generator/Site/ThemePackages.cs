using UnderLoad.Generator.Pipeline;
using System.Diagnostics;
using System.Text.Json;

namespace UnderLoad.Generator.Site;

/// <summary>
/// The theme's npm packages (theme/package.json, pinned; installed into theme/node_modules): reading versions, and
/// installing them with <c>npm ci</c> when a feature needs one that is missing. Shared by diagrams and search.
/// </summary>
public static class ThemePackages
{
    private static readonly object Gate = new();

    private sealed record Outcome(string? Problem);

    /// <summary>
    /// <see cref="InstallAll"/> at most once per build, whichever feature (diagrams, search) finds theme/node_modules
    /// incomplete first; `serve` remembers the outcome in its memo, so a failing npm is not retried on every save.
    /// </summary>
    public static string? InstallOnce(BuildContext context, TimeSpan timeout)
    {
        var theme = Path.GetFullPath(context.Options.ThemeDir);
        lock (context.ThemeInstallGate)
        {
            if (context.Options.Memo?.TryGet<Outcome>("npm-ci", theme, out var kept) == true) return kept.Problem;
            context.ThemeInstall ??= InstallAll(theme, timeout) ?? "";
            context.Options.Memo?.Set("npm-ci", theme, new Outcome(context.ThemeInstall.Length == 0 ? null : context.ThemeInstall));
            return context.ThemeInstall.Length == 0 ? null : context.ThemeInstall;
        }
    }

    /// <summary>Runs <c>npm ci</c> in the theme folder; null when it succeeded, else why not.</summary>
    public static string? InstallAll(string themeDir, TimeSpan timeout)
    {
        if (!File.Exists(Path.Combine(themeDir, "package-lock.json")))
        {
            return "theme/package-lock.json is missing";
        }

        lock (Gate) // diagrams and search may both find the packages missing: install once, not twice at a time
        {
            try
            {
                using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund")
                {
                    WorkingDirectory = themeDir,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                }) ?? throw new InvalidOperationException("npm did not start");
                var stderr = npm.StandardError.ReadToEndAsync();
                _ = npm.StandardOutput.ReadToEndAsync();
                if (!npm.WaitForExit(timeout))
                {
                    npm.Kill(entireProcessTree: true);
                    return $"timed out after {timeout.TotalSeconds:0} s";
                }

                return npm.ExitCode == 0 ? null : $"exit code {npm.ExitCode}: {stderr.Result.Trim().Split('\n').LastOrDefault()}";
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                return "npm is not installed";
            }
        }
    }

    /// <summary>A value picked from a package.json, or null when it cannot be read.</summary>
    public static string? Read(string packageJson, Func<JsonElement, string?> pick)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(packageJson));
            return pick(json.RootElement);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
