using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// Which tests exercise a snippet file: the test files of the mirrored folder under tests/Snippets.Tests that name a
/// type the snippet file declares (or the file's own name). One per build: each folder's test files are read once and
/// each snippet file's answer is kept, where every caption used to open every test file of its folder again.
/// </summary>
public sealed partial class SnippetTestIndex(string snippetsRoot, string repositoryRoot)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<(string Path, string Text)>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _answers = new(StringComparer.Ordinal);

    /// <summary>Test files (full paths, in ordinal order) that name a type <paramref name="snippetFile"/> declares.</summary>
    public IReadOnlyList<string> For(string snippetFile) => _answers.GetOrAdd(snippetFile, Find);

    private IReadOnlyList<string> Find(string file)
    {
        var relative = Path.GetRelativePath(snippetsRoot, file);
        var testDir = Path.Combine(repositoryRoot, "tests", "Snippets.Tests", Path.GetDirectoryName(relative) ?? "");
        var tests = _folders.GetOrAdd(testDir, Read);
        if (tests.Count == 0) return [];
        var types = TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)
            .Append(Path.GetFileNameWithoutExtension(file)).ToHashSet(StringComparer.Ordinal);
        return tests.Where(t => types.Any(type => Regex.IsMatch(t.Text, $@"\b{Regex.Escape(type)}\b")))
            .Select(t => t.Path).Order(StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<(string Path, string Text)> Read(string testDir) =>
        Directory.Exists(testDir) ? Directory.EnumerateFiles(testDir, "*.cs").Select(f => (f, File.ReadAllText(f))).ToList() : [];

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();
}
