using System.Reflection;
using System.Security.Cryptography;

namespace UnderLoad.Generator.Site;

/// <summary>
/// The default theme built into the generator (theme/layouts, theme/assets, package.json and the two npm bundles it
/// runs: Mermaid's and MiniSearch's), so the installed tool builds a folder that has no theme of its own. It is
/// written once per version of the tool into the user's cache folder and read from there like any theme folder.
/// </summary>
public static class DefaultTheme
{
    private const string Prefix = "theme/";

    /// <summary>Whether this build of the generator carries the theme (a build from a checkout without node_modules carries it without the bundles).</summary>
    public static bool IsEmbedded => typeof(DefaultTheme).Assembly.GetManifestResourceNames().Any(n => n.StartsWith(Prefix + "layouts/", StringComparison.Ordinal));

    /// <summary>The folder holding the default theme, written under <paramref name="cacheRoot"/> if it is not there yet.</summary>
    public static string Extract(string cacheRoot)
    {
        var assembly = typeof(DefaultTheme).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(Read(assembly, name));
        }

        var folder = Path.Combine(cacheRoot, "theme-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16]);
        var done = Path.Combine(folder, ".complete");
        if (File.Exists(done)) return folder;

        // Written beside, then renamed: two builds starting at once never read a half-written theme.
        var staging = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        foreach (var name in names)
        {
            var path = Path.Combine(staging, name[Prefix.Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Read(assembly, name));
        }

        File.WriteAllText(Path.Combine(staging, ".complete"), "");
        try
        {
            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(done))
        {
            Directory.Delete(staging, recursive: true); // another build wrote it first
        }

        return folder;
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
