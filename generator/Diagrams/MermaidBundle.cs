using UnderLoad.Generator.Site;
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
    /// Makes sure the pinned bundle is there, running <c>npm ci</c> in theme/ (once a build) if it is not (or is
    /// another version). Returns null when the bundle is ready, else why it is not.
    /// </summary>
    public static string? EnsureInstalled(BuildContext context, TimeSpan timeout)
    {
        var themeDir = context.Options.ThemeDir;
        if (Check(themeDir) is null) return null;
        var npmProblem = ThemePackages.InstallOnce(context, timeout);
        return Check(themeDir) is { } still ? $"{still}{(npmProblem is null ? "" : $"; npm ci: {npmProblem}")}" : null;
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
