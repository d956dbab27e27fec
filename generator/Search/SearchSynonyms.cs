using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Search;

/// <summary>
/// input/search-synonyms.yml: groups of words that mean the same to a reader (HOL, head-of-line blocking).
/// The client expands a query that contains one form with the others. The file is a YAML list of lists.
/// </summary>
public static class SearchSynonyms
{
    public const string FileName = "search-synonyms.yml";
    private const string Hint = "search-synonyms.yml is a list of groups, each a list of two or more forms: - [HOL, head-of-line blocking]";

    /// <summary>The groups of the file (none when there is no file); problems go to <paramref name="diagnostics"/> as errors.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Load(string inputDir, Diagnostics diagnostics, string displayRoot = "input/")
    {
        var path = Path.Combine(inputDir, FileName);
        var display = displayRoot + FileName;
        if (!File.Exists(path)) return [];

        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            diagnostics.Error(display, (int)e.Start.Line, (e.InnerException?.Message ?? e.Message).Trim(), Hint);
            return [];
        }

        if (stream.Documents.Count == 0) return [];
        if (stream.Documents[0].RootNode is not YamlSequenceNode groups)
        {
            diagnostics.Error(display, (int)stream.Documents[0].RootNode.Start.Line, "expected a list of synonym groups", Hint);
            return [];
        }

        var result = new List<IReadOnlyList<string>>();
        foreach (var node in groups)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlSequenceNode group || group.Any(n => n is not YamlScalarNode))
            {
                diagnostics.Error(display, line, "a synonym group must be a list of words", Hint);
                continue;
            }

            var forms = group.Cast<YamlScalarNode>().Select(s => (s.Value ?? "").Trim()).ToList();
            if (forms.Count < 2 || forms.Any(f => f.Length == 0))
            {
                diagnostics.Error(display, line, "a synonym group needs two or more non-empty forms", Hint);
                continue;
            }

            result.Add(forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        }

        return result;
    }
}
