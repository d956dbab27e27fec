using System.Collections.Concurrent;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// Finds where a page uses diagrams (```mermaid blocks and .mmd includes, as <see cref="DiagramSyntax"/> reads them
/// from the page's syntax tree, the one parse ParseMarkdown made) and reads included .mmd files, reporting a bad include at its line.
/// </summary>
internal static class DiagramDiscovery
{
    internal static void Collect(Document document, BuildContext context, DiagramStore store, ConcurrentBag<DiagramUse> uses)
    {
        // Pages where neither syntax can be are not parsed yet (ParseMarkdown): they have no diagram.
        if (document.Syntax is null) return;

        foreach (var reference in DiagramSyntax.Find(document.Syntax))
        {
            var line = document.BodyLineOffset + reference.BodyLine + 1;
            if (reference.Kind == DiagramKind.Fenced)
            {
                uses.Add(new DiagramUse(reference.Text, document.RelativePath, document.DisplayPath, line, line + 1, null, null));
                continue;
            }

            var url = reference.Text;
            var included = ResolveInclude(document, url, context, line);
            if (included is null)
            {
                continue;
            }

            var source = DiagramSyntax.Normalize(File.ReadAllText(included));
            var relative = Path.GetRelativePath(context.Options.InputDir, included).Replace('\\', '/');
            store.AddInclude(document.RelativePath, url, source);
            var label = reference.LinkLabel is { Length: > 0 } text && !text.Equals("diagram", StringComparison.OrdinalIgnoreCase) ? text : null;
            uses.Add(new DiagramUse(source, document.RelativePath, context.Options.Display(relative), 0, 1, label, $"{document.DisplayPath}:{line}"));
        }
    }

    /// <summary>The .mmd file an include names, relative to the page, or null (reported) if it is outside input/ or absent.</summary>
    private static string? ResolveInclude(Document document, string url, BuildContext context, int line)
    {
        var relative = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        var inputDir = Path.GetFullPath(context.Options.InputDir);
        var pageDir = Path.GetDirectoryName(Path.GetFullPath(document.SourcePath)) ?? inputDir;
        var full = Path.GetFullPath(Path.IsPathRooted(relative) ? relative : Path.Combine(pageDir, relative));
        if (Path.IsPathRooted(relative) || !full.StartsWith(inputDir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            var root = context.Options.Display("") is { Length: > 0 } shown ? shown : "the input folder";
            context.Diagnostics.Error(document.DisplayPath, line, $"diagram include '{url}' points outside {root}",
                $"write the path relative to this markdown file, to a .mmd file inside {root}.");
            return null;
        }

        if (!File.Exists(full))
        {
            context.Diagnostics.Error(document.DisplayPath, line, $"diagram include '{url}' names no file ('{Path.GetRelativePath(inputDir, full).Replace('\\', '/')}' does not exist)",
                "the path is relative to this markdown file; check its spelling and the .mmd extension.");
            return null;
        }

        return full;
    }
}
