namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>Paths an include may read: resolved through symbolic links, and only inside the folder it names.</summary>
public static class IncludePaths
{
    public static bool IsInside(string path, string root) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link along it resolved.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is null) break;
                current = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, info.LinkTarget));
            }
        }

        return current;
    }

    /// <summary>Resolves a path relative to the page, and refuses any that leaves <paramref name="root"/> (../, absolute, symlinks).</summary>
    public static string? Locate(string url, string pageSourcePath, string what, string root, string rootDisplay, out (string Message, string Hint)? problem)
    {
        problem = null;
        if (Path.IsPathRooted(url) || url.Contains("://", StringComparison.Ordinal))
        {
            problem = ($"{what} path '{url}' is absolute", $"write it relative to the page, inside {rootDisplay}/.");
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(pageSourcePath)!, Uri.UnescapeDataString(url)));
        var real = RealPath(candidate);
        if (!IsInside(candidate, root) || !IsInside(real, root))
        {
            problem = ($"{what} path '{url}' leads outside {rootDisplay}/", $"{what}s come from {rootDisplay}/ only (no '../' past it, no symlinks out of it).");
            return null;
        }

        return real;
    }
}
