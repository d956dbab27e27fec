using System.Collections.Frozen;
using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: one document per markdown file under input/ (raw text, source path, output path: README.md and index.md are
/// their folder's index.html; the root's SUMMARY.md is the navigation, not a page), and where each is published.
/// Rejects files that are not valid UTF-8 or cannot be read, and two sources that would write one output path.
/// </summary>
public sealed class ReadFiles : IModule
{

    /// <summary>Folders under input/ that hold no pages: the snippet project, caches, tooling.</summary>
    private static readonly FrozenSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "snippets", "bin", "obj", "node_modules", "diagrams-cache",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Phase => "read";

    public IReadOnlyList<Product> Needs => [];

    public IReadOnlyList<Product> Produces => [Products.Pages, Products.PagePaths];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var input = Path.GetFullPath(context.Options.InputDir);
        // The output and theme folders may sit inside the input (a plain folder built where it is): they hold no pages.
        var skipped = new[] { context.Options.OutputDir, context.Options.ThemeDir }.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var files = EnumeratePages(input, skipped).Where(f => !Path.GetRelativePath(input, f).Equals(Summary, StringComparison.Ordinal)).ToList();
        var results = new Document?[files.Count];
        var displayRoot = context.Options.Display("");
        Parallel.For(0, files.Count, i => results[i] = Read(files[i], input, displayRoot, context.Diagnostics));
        var read = results.Where(d => d is not null).Select(d => d!).ToList();

        foreach (var clash in read.GroupBy(d => d.OutputPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var sources = clash.Select(d => d.DisplayPath).Order(StringComparer.Ordinal).ToList();
            foreach (var source in sources)
            {
                context.Diagnostics.Error(source, 1,
                    $"two pages write the same output path '{clash.Key}': {string.Join(" and ", sources)}",
                    "rename or remove one of them (output paths ignore case, as on case-insensitive hosts).");
            }
        }

        // One page per output path from here on (the clash is an error already): later steps key pages by it.
        read = read.GroupBy(d => d.OutputPath, StringComparer.Ordinal).Select(g => g.OrderBy(d => d.RelativePath, StringComparer.Ordinal).First()).ToList();
        var outputs = new Dictionary<string, string>(read.Count, StringComparer.Ordinal);
        foreach (var page in read) outputs[page.RelativePath] = page.OutputPath;
        context.Set(Products.PagePaths, new PagePaths(outputs));
        return read.OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>mdBook's table of contents at the input's root: the navigation, not a page.</summary>
    public const string Summary = "SUMMARY.md";

    internal static IEnumerable<string> EnumeratePages(string root, IReadOnlySet<string>? skipped = null)
    {
        foreach (var file in Directory.EnumerateFiles(root))
        {
            var ext = Path.GetExtension(file);
            if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var dir in Directory.EnumerateDirectories(root))
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith('.') || name.StartsWith('_') || SkippedFolders.Contains(name) || skipped?.Contains(dir) == true)
            {
                continue;
            }

            foreach (var file in EnumeratePages(dir, skipped))
            {
                yield return file;
            }
        }
    }

    private static Document? Read(string file, string input, string displayRoot, Diagnostics diagnostics)
    {
        var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
        var display = displayRoot + relative;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(display, 0, $"cannot read the file: {e.Message}", "check the file's permissions (it must be readable by the user running the build).");
            return null;
        }

        var text = StrictText.Decode(bytes, out var badLine);
        if (text is null)
        {
            diagnostics.Error(display, badLine, "the file is not valid UTF-8", StrictText.Hint);
            return null;
        }

        return new Document
        {
            SourcePath = file,
            RelativePath = relative,
            OutputPath = PagePaths.OutputFor(relative),
            Content = text,
            DisplayRoot = displayRoot,
        };
    }
}
