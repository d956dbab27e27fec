namespace UnderLoad.Generator.Site;

/// <summary>
/// Which theme folder a build reads. A site's own <c>theme/</c> that is a whole theme (it has its package.json, as the
/// handbook's has) is used as it is. A partial one — a layout or a stylesheet of its own — overrides the default theme
/// file by file: the two are merged into a folder in the cache. A site without <c>theme/</c> gets the default theme.
/// </summary>
public static class ThemeFolder
{
    /// <param name="siteTheme">The site's theme folder (it may not exist).</param>
    /// <param name="cacheRoot">Where the default theme and merged themes are written.</param>
    public static string Resolve(string siteTheme, string cacheRoot)
    {
        siteTheme = Path.GetFullPath(siteTheme);
        var whole = File.Exists(Path.Combine(siteTheme, "package.json"));
        if (whole || !DefaultTheme.IsEmbedded) return siteTheme;

        var defaults = DefaultTheme.Extract(cacheRoot);
        if (!Directory.Exists(siteTheme)) return defaults;

        var merged = Path.Combine(cacheRoot, "theme-merged-" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(siteTheme)))[..16]);
        if (Directory.Exists(merged)) Directory.Delete(merged, recursive: true);
        Copy(defaults, merged);
        Copy(siteTheme, merged);
        return merged;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
