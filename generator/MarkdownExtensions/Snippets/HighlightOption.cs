using System.Globalization;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>A snippet include's one option, its title: <c>"highlight=2-4,7"</c>.</summary>
public static class HighlightOption
{
    public const string Hint = "the only option is \"highlight=2-4,7\" (1-based lines of the region).";

    /// <summary>The lines (1-based) "highlight=2-4,7" names, or null with the error for anything else.</summary>
    public static IReadOnlySet<int>? Parse(string title, out string? error)
    {
        error = null;
        var match = Regex.Match(title, @"^highlight=([\d,\- ]+)$");
        if (!match.Success)
        {
            error = $"unknown snippet option \"{title}\"";
            return null;
        }

        var lines = new HashSet<int>();
        foreach (var part in match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-');
            var from = int.Parse(range[0], CultureInfo.InvariantCulture);
            var to = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : from;
            for (var n = from; n <= to; n++) lines.Add(n);
        }

        return lines;
    }
}
