using UnderLoad.Generator.Site;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Search;

/// <summary>
/// MiniSearch, the search engine the client runs: the version theme/package.json pins, installed by npm into
/// theme/node_modules. Its UMD build (a global <c>MiniSearch</c>) ships as a site asset, minified by the esbuild
/// of theme/package.json's devDependencies. When node_modules is missing, <c>npm ci</c> runs in theme/ once.
/// </summary>
public static class SearchEngineBundle
{
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(3);

    public static string SourcePath(string themeDir) => Path.Combine(themeDir, "node_modules", "minisearch", "dist", "umd", "index.js");

    private static string EsbuildPath(string themeDir) => Path.Combine(themeDir, "node_modules", ".bin", "esbuild");

    /// <summary>The engine's bytes, minified when esbuild is there; null with the reason when there is no engine.</summary>
    public static byte[]? Load(BuildContext context, out string? problem, out string? warning)
    {
        var themeDir = context.Options.ThemeDir;
        warning = null;
        problem = Check(themeDir);
        if (problem is not null)
        {
            var npmProblem = ThemePackages.InstallOnce(context, NpmTimeout);
            problem = Check(themeDir) is { } still ? $"{still}{(npmProblem is null ? "" : $"; npm ci: {npmProblem}")}" : null;
            if (problem is not null) return null;
        }

        // esbuild takes ~0.2 s: `serve` keeps the result by the engine's hash (a one-off build minifies once).
        var source = File.ReadAllBytes(SourcePath(themeDir));
        var hash = Convert.ToHexStringLower(SHA256.HashData(source));
        if (context.Options.Memo?.TryGet<byte[]>(MemoKind, hash, out var kept) == true) return kept;
        var minified = Minify(themeDir, source, out warning);
        if (minified is null) return source;
        context.Options.Memo?.Set(MemoKind, hash, minified);
        return minified;
    }

    private const string MemoKind = "minisearch-minified";

    private static string? Check(string themeDir)
    {
        if (!File.Exists(SourcePath(themeDir))) return "theme/node_modules/minisearch/dist/umd/index.js is missing";
        var pinned = ThemePackages.Read(Path.Combine(themeDir, "package.json"), json =>
            json.TryGetProperty("dependencies", out var d) && d.TryGetProperty("minisearch", out var v) ? v.GetString() : null);
        var installed = ThemePackages.Read(Path.Combine(themeDir, "node_modules", "minisearch", "package.json"),
            json => json.TryGetProperty("version", out var v) ? v.GetString() : null);
        if (pinned is null) return "theme/package.json does not pin minisearch";
        return installed == pinned ? null : $"theme/node_modules has minisearch {installed ?? "?"}, theme/package.json pins {pinned}";
    }

    /// <summary>esbuild --minify over stdin; null (and a warning) when esbuild is missing or fails.</summary>
    private static byte[]? Minify(string themeDir, byte[] source, out string? warning)
    {
        warning = null;
        var esbuild = EsbuildPath(themeDir);
        if (!File.Exists(esbuild))
        {
            warning = "theme/node_modules/.bin/esbuild is missing: MiniSearch ships unminified (run npm ci in theme/)";
            return null;
        }

        try
        {
            var start = new ProcessStartInfo(esbuild, "--minify --loader=js --target=es2019 --log-level=error")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // One file needs one core: with a scheduler thread per core, esbuild's idle Go threads spun (thousands of
            // sched_yield calls) on the cores the build was using.
            start.Environment["GOMAXPROCS"] = "1";
            using var process = Process.Start(start) ?? throw new InvalidOperationException("esbuild did not start");
            // Below the build's own threads: esbuild runs while the pages are read and parsed, and its minified engine is
            // needed only when the search index is written, so it takes the cycles the build leaves idle.
            try
            {
                process.PriorityClass = ProcessPriorityClass.BelowNormal;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                // Exited already, or not allowed here: it runs at the normal priority.
            }

            var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.BaseStream.Write(source);
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
                warning = "esbuild timed out: MiniSearch ships unminified";
                return null;
            }

            copy.Wait();
            if (process.ExitCode != 0 || output.Length == 0)
            {
                warning = $"esbuild failed ({stderr.Result.Trim()}): MiniSearch ships unminified";
                return null;
            }

            return output.ToArray();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            warning = $"esbuild did not run ({e.Message}): MiniSearch ships unminified";
            return null;
        }
    }
}
