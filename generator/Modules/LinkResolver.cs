using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// How a link in a page becomes a link in the output: markdown links become .html, links to repository files go to
/// the repository, everything is made relative to the page; and what the link points at, for <see cref="ValidateLinks"/>.
/// </summary>
public static class LinkResolver
{
    private const string FiguresPrefix = "/" + Diagrams.RenderDiagrams.FiguresFolder + "/";

    /// <summary>Rewrites one URL for the output and says what it points at.</summary>
    internal static PageLink? Resolve(string value, Document page, BuildContext context, bool fromContent, int line, out string rewritten)
    {
        rewritten = value;
        if (value.Length == 0) return new PageLink(value, line, page.OutputPath, null, null, fromContent);
        if (IsExternal(value)) return null;

        var hashIndex = value.IndexOf('#');
        var path = hashIndex >= 0 ? value[..hashIndex] : value;
        var fragment = hashIndex >= 0 ? Uri.UnescapeDataString(value[(hashIndex + 1)..]) : null;
        var query = "";
        var q = path.IndexOf('?');
        if (q >= 0) (path, query) = (path[..q], path[q..]);
        path = Uri.UnescapeDataString(path);

        if (path.Length == 0)
        {
            return new PageLink(value, line, page.OutputPath, null, fragment, fromContent);
        }

        if (!fromContent)
        {
            // Layout links are already output-relative, or rooted at the base URL's path for the 404 page
            // ("/repo/assets/site.css" on a project site served under /repo/).
            var target = !path.StartsWith('/') ? Normalise(Dir(page.OutputPath), path)
                : path.StartsWith(context.BasePath, StringComparison.Ordinal) ? path[context.BasePath.Length..]
                : path.TrimStart('/');
            // A diagram links its full-size files from the site root (one markup shared by every page): relative here.
            if (page.AbsoluteRoot is null && path.StartsWith(FiguresPrefix, StringComparison.Ordinal))
            {
                rewritten = page.RootPrefix + path.TrimStart('/') + query + (fragment is null ? "" : "#" + fragment);
            }

            return new PageLink(value, line, target, null, fragment, fromContent);
        }

        // A link written in markdown: resolve it against the source file in input/.
        var sourceDir = Dir(page.RelativePath);
        var inputRelative = path.StartsWith('/') ? path.TrimStart('/') : Normalise(sourceDir, path);
        var ext = Path.GetExtension(inputRelative);
        if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            var targetOutput = PagePaths.OutputOf(context, inputRelative);
            rewritten = Relative(page.OutputPath, targetOutput) + query + (fragment is null ? "" : "#" + Uri.EscapeDataString(fragment));
            return new PageLink(value, line, targetOutput, null, fragment, fromContent);
        }

        if (inputRelative.StartsWith("../", StringComparison.Ordinal) || inputRelative.StartsWith("snippets/", StringComparison.Ordinal) || inputRelative.StartsWith("diagrams", StringComparison.Ordinal))
        {
            // A file of the repository that is not a page (a snippet, a test): link to it in the repository.
            var full = Path.GetFullPath(Path.Combine(context.Options.InputDir, inputRelative));
            var repoPath = Path.GetRelativePath(context.RepositoryRoot, full).Replace('\\', '/');
            if (context.SourceUrl(repoPath) is { } url)
            {
                rewritten = url + (fragment is null ? "" : "#" + fragment);
            }

            return new PageLink(value, line, null, full, null, fromContent);
        }

        // A static file of input/images/: its fingerprinted copy.
        if (context.StaticFiles.TryGetValue(inputRelative, out var copied))
        {
            rewritten = Relative(page.OutputPath, copied) + query + (fragment is null ? "" : "#" + fragment);
            return new PageLink(value, line, copied, null, fragment, fromContent);
        }

        // Anything else is a file of the site itself (an image or asset beside the page).
        rewritten = Relative(page.OutputPath, inputRelative) + query + (fragment is null ? "" : "#" + fragment);
        return new PageLink(value, line, inputRelative, null, fragment, fromContent);
    }

    internal static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return true;
        // A scheme (RFC 3986 section 3.1: a letter, then letters, digits, "+", "-" or ".") and a colon. Read by hand: the
        // static Regex.IsMatch looked its regex up in the regex cache for every link of every page.
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-')) return false;
        }

        return false;
    }

    private static string Dir(string path)
    {
        var i = path.LastIndexOf('/');
        return i < 0 ? "" : path[..(i + 1)];
    }

    /// <summary>Joins and collapses ./ and ../ segments; a result escaping the root keeps its leading ../.</summary>
    internal static string Normalise(string baseDir, string relative)
    {
        var parts = new List<string>();
        foreach (var segment in (baseDir + relative).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>The relative URL from one output file to another (both output-relative).</summary>
    public static string Relative(string fromOutput, string toOutput)
    {
        var fromDir = Dir(fromOutput).TrimEnd('/');
        var fromParts = fromDir.Length == 0 ? [] : fromDir.Split('/');
        var toParts = toOutput.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common]) common++;
        var ups = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        return ups + string.Join('/', toParts[common..]);
    }
}
