using System.Text;
using System.Text.RegularExpressions;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Diagrams;

/// <summary>What a build says about its diagrams: Mermaid's parse errors at the page's line, renders to commit, fallbacks.</summary>
internal static partial class DiagramProblems
{
    internal static void ReportParseError(PendingDiagram diagram, string message, BuildContext context)
    {
        var mermaidLine = MermaidLine().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
        foreach (var use in diagram.Uses)
        {
            var at = mermaidLine > 0 ? use.FirstSourceLine + mermaidLine - 1 : 0;
            var where = use.IncludedFrom is null ? "" : $" (included from {use.IncludedFrom})";
            var hint = at > 0 ? $"Mermaid's line {mermaidLine} is line {at} of {use.Path}. " : "";
            context.Diagnostics.Error(use.Path, use.IncludedFrom is null ? use.Line : Math.Max(at, 1),
                $"diagram does not parse{where}: {message.Trim()}",
                hint + "try it at mermaid.live or in a pull request preview; the syntax is at mermaid.js.org.");
        }
    }

    /// <summary>
    /// Says which files this build added to input/diagrams-cache/ (they are to be committed: CI builds with --strict and
    /// renders nothing). Printed, not a warning: rendering a new diagram is the normal way to add one.
    /// </summary>
    internal static void ReportNewFiles(DiagramStore store, BuildContext context)
    {
        if (store.NewCacheFiles.Count == 0) return;
        var text = new StringBuilder($"New diagram renders in input/diagrams-cache/: commit these {store.NewCacheFiles.Count} file(s) with your change:\n");
        foreach (var (file, usedAt) in store.NewCacheFiles) text.Append($"  {file}  ({usedAt})\n");
        Console.Out.Write(text.ToString());
    }

    internal static void FallBack(IEnumerable<PendingDiagram> diagrams, string? problem, BuildContext context, DiagramStore store)
    {
        foreach (var diagram in diagrams)
        {
            store.AddClientSide(diagram.Source);
            foreach (var use in diagram.Uses)
            {
                store.MarkClientRendering(use.Page);
                var (path, line) = use.Where;
                var message = problem is null
                    ? "diagram is not in input/diagrams-cache/: a --strict build renders no diagram"
                    : $"diagram is not in input/diagrams-cache/ and cannot be rendered here ({problem}): it will be drawn in the reader's browser by JavaScript";
                var hint = problem is null
                    ? "run `dotnet run --project generator -- build` (without --strict) on a machine with Chromium, then commit the new files it names in input/diagrams-cache/."
                    : "build once on a machine with Chromium and npm (the cache files it writes in input/diagrams-cache/ are to be committed).";
                if (context.Options.Strict)
                {
                    context.Diagnostics.Error(path, line, message, hint);
                }
                else
                {
                    context.Diagnostics.Warning(path, line, message, hint);
                }
            }
        }
    }

    [GeneratedRegex(@"on line (\d+)")]
    private static partial Regex MermaidLine();
}
