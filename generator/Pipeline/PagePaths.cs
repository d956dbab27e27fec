using System.Collections.Frozen;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Where each markdown file of the input is published (ReadFiles decides once): <c>guide/install.md</c> →
/// <c>guide/install.html</c>, and a folder's <c>README.md</c> or <c>index.md</c> → its <c>index.html</c>. Links are
/// resolved through it, so a link to <c>cli/README.md</c> reaches <c>cli/index.html</c>.
/// </summary>
public sealed class PagePaths(Dictionary<string, string> sourceToOutput)
{
    private readonly FrozenDictionary<string, string> _outputs = sourceToOutput.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The output path of an input-relative markdown path: the page's own, or the one it would have.</summary>
    public string OutputOf(string inputRelative) =>
        _outputs.TryGetValue(inputRelative, out var output) ? output : OutputFor(inputRelative);

    /// <summary>The rule: README.md and index.md are their folder's index.html; any other page keeps its name.</summary>
    public static string OutputFor(string inputRelative)
    {
        var name = Path.GetFileNameWithoutExtension(inputRelative);
        if (name.Equals("README", StringComparison.OrdinalIgnoreCase) || name.Equals("index", StringComparison.OrdinalIgnoreCase))
        {
            var slash = inputRelative.LastIndexOf('/');
            return (slash < 0 ? "" : inputRelative[..(slash + 1)]) + "index.html";
        }

        return Path.ChangeExtension(inputRelative, ".html");
    }

    /// <summary>The output path of a link target in <paramref name="context"/>'s site (the rule, before ReadFiles ran).</summary>
    public static string OutputOf(BuildContext context, string inputRelative) =>
        context.TryGet(Products.PagePaths)?.OutputOf(inputRelative) ?? OutputFor(inputRelative);
}
