using System.Diagnostics;
using System.Text.Json;

using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// The pinned Mermaid of theme/package.json, installed by npm into theme/node_modules/mermaid. Its IIFE bundle,
/// dist/mermaid.min.js, is what Chromium runs at build time and what a fallback page loads.
/// </summary>
public static class MermaidBundle
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string?> Installs = new(StringComparer.Ordinal);

    public static string PathIn(string themeDir) => Path.Combine(themeDir, "node_modules", "mermaid", "dist", "mermaid.min.js");

    /// <summary>The exact version theme/package.json pins (it is part of every cache key), or "unpinned".</summary>
    public static string PinnedVersion(string themeDir) =>
        ThemePackages.Read(Path.Combine(themeDir, "package.json"), json =>
            json.TryGetProperty("dependencies", out var dependencies) && dependencies.TryGetProperty("mermaid", out var version)
                ? version.GetString() : null) ?? "unpinned";

    public static string? InstalledVersion(string themeDir) =>
        ThemePackages.Read(Path.Combine(themeDir, "node_modules", "mermaid", "package.json"),
            json => json.TryGetProperty("version", out var version) ? version.GetString() : null);

    /// <summary>
    /// Makes sure the pinned bundle is there, running <c>npm ci</c> in theme/ once per process if it is not (or is
    /// another version). Returns null when the bundle is ready, else why it is not.
    /// </summary>
    public static string? EnsureInstalled(string themeDir, TimeSpan timeout)
    {
        var problem = Check(themeDir);
        if (problem is null)
        {
            return null;
        }

        lock (Gate)
        {
            var key = Path.GetFullPath(themeDir);
            if (!Installs.TryGetValue(key, out var npmProblem))
            {
                npmProblem = ThemePackages.InstallAll(themeDir, timeout);
                Installs[key] = npmProblem;
            }

            return Check(themeDir) is { } still ? $"{still}{(npmProblem is null ? "" : $"; npm ci: {npmProblem}")}" : null;
        }
    }

    private static string? Check(string themeDir)
    {
        if (!File.Exists(PathIn(themeDir)))
        {
            return "theme/node_modules/mermaid/dist/mermaid.min.js is missing";
        }

        var pinned = PinnedVersion(themeDir);
        var installed = InstalledVersion(themeDir);
        return installed == pinned ? null : $"theme/node_modules has mermaid {installed ?? "?"}, theme/package.json pins {pinned}";
    }
}
