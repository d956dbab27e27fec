namespace UnderLoad.Generator.Serve;

/// <summary>How a static host maps a URL path to a file of output/.</summary>
public static class ServedPaths
{
    /// <summary>/ → index.html, /dir/ → dir/index.html, /page → page.html, as Netlify and GitHub Pages answer.</summary>
    public static string? Locate(string outputDir, string path)
    {
        var root = Path.GetFullPath(outputDir);
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        string[] candidates = relative.Length == 0 || relative.EndsWith('/')
            ? [relative + "index.html"]
            : [relative, relative + ".html", relative + "/index.html"];
        foreach (var candidate in candidates)
        {
            var full = Path.GetFullPath(Path.Combine(root, candidate));
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)) return full;
        }

        return null;
    }
}
