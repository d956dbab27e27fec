using System.Text.RegularExpressions;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>
/// A C# file of input/snippets parsed for regions marked by the .NET docs convention: <c>// &lt;Name&gt;</c>
/// … <c>// &lt;/Name&gt;</c>, each on its own line. Regions may nest; the tags of nested regions are stripped
/// from the code of the outer one.
/// </summary>
public sealed partial class SnippetSource
{
    [GeneratedRegex(@"^\s*//\s*<(/?)([A-Za-z_][\w.-]*)>\s*$")]
    private static partial Regex Tag();

    private SnippetSource(string path, string[] lines, Dictionary<string, SnippetRegion> regions, List<SnippetTagError> errors)
    {
        Path = path;
        Lines = lines;
        Regions = regions;
        Errors = errors;
    }

    public string Path { get; }
    public string[] Lines { get; }
    public IReadOnlyDictionary<string, SnippetRegion> Regions { get; }
    public IReadOnlyList<SnippetTagError> Errors { get; }

    /// <summary>The whole file, without any region tags.</summary>
    public SnippetRegion WholeFile => Extract("", 1, Lines.Length);

    /// <summary>Parses a file's bytes: bytes that are not UTF-8 are a tag error at their line, not "�" on the site.</summary>
    public static SnippetSource Parse(string path, byte[] bytes)
    {
        var text = UnderLoad.Generator.Pipeline.StrictText.Decode(bytes, out var badLine);
        if (text is not null) return Parse(path, text);
        var source = new SnippetSource(path, [], [], []);
        ((List<SnippetTagError>)source.Errors).Add(new SnippetTagError(badLine, "the file is not valid UTF-8"));
        return source;
    }

    public static SnippetSource Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        var regions = new Dictionary<string, SnippetRegion>(StringComparer.Ordinal);
        var errors = new List<SnippetTagError>();
        var open = new List<(string Name, int Line)>();
        var source = new SnippetSource(path, lines, regions, errors);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Tag().Match(lines[i]);
            if (!match.Success) continue;
            var name = match.Groups[2].Value;
            var line = i + 1;
            if (match.Groups[1].Value.Length == 0)
            {
                if (open.Any(o => o.Name == name) || regions.ContainsKey(name))
                {
                    var first = open.Any(o => o.Name == name) ? open.First(o => o.Name == name).Line : regions[name].StartLine - 1; // StartLine is the region's first line of code
                    errors.Add(new SnippetTagError(line, $"region '{name}' is opened again (first opened on line {first})"));
                    continue;
                }

                open.Add((name, line));
            }
            else
            {
                var index = open.FindLastIndex(o => o.Name == name);
                if (index < 0)
                {
                    errors.Add(new SnippetTagError(line, $"'// </{name}>' closes a region that is not open"));
                    continue;
                }

                var start = open[index].Line;
                open.RemoveAt(index);
                regions[name] = source.Extract(name, start + 1, line - 1);
            }
        }

        foreach (var (name, line) in open)
        {
            errors.Add(new SnippetTagError(line, $"region '{name}' is never closed (add '// </{name}>')"));
        }

        return source;
    }

    /// <summary>Lines first..last (1-based, inclusive) without tag lines, dedented by their common indentation.</summary>
    private SnippetRegion Extract(string name, int first, int last)
    {
        var kept = new List<(int Line, string Text)>();
        for (var n = first; n <= last && n <= Lines.Length; n++)
        {
            if (!Tag().IsMatch(Lines[n - 1])) kept.Add((n, Lines[n - 1]));
        }

        var indent = kept.Where(k => k.Text.Trim().Length > 0).Select(k => k.Text.Length - k.Text.TrimStart().Length).DefaultIfEmpty(0).Min();
        var code = string.Join('\n', kept.Select(k => k.Text.Length >= indent ? k.Text[indent..] : k.Text.TrimStart()));
        return new SnippetRegion(name, first, last, code.Trim('\n'), kept.Select(k => k.Line).ToList());
    }
}
