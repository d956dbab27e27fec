using Markdig;
using UnderLoad.Generator.MarkdownExtensions.Snippets;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: snippet, output and diagram includes to the markdown pipeline, with the resolver that reads
/// input/snippets for this build (regions, tests, coverage).
/// </summary>
public sealed class PrepareIncludes : IModule
{
    public string Phase => "snippets";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var diagrams = context.State.TryGetValue(StateKeys.DiagramIncludeLookup, out var lookup) ? lookup as Func<string, string, string?> : null;
        var resolver = new IncludeResolver(context) { Diagrams = diagrams };
        context.State[StateKeys.IncludeResolver] = resolver;
        var extensions = context.State.TryGetValue(StateKeys.MarkdownExtensions, out var existing) ? (List<IMarkdownExtension>)existing : [];
        extensions.Add(new IncludeExtension());
        context.State[StateKeys.MarkdownExtensions] = extensions;
        return documents;
    }
}

/// <summary>
/// Checks after rendering: a region no page includes is a warning that names it; in strict mode (CI)
/// the build needs a coverage report, so "every shown line ran under test" is checked, not assumed.
/// </summary>
public sealed class CheckSnippetUsage : IModule
{
    public string Phase => "snippets";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        if (!context.State.TryGetValue(StateKeys.IncludeResolver, out var value)) return documents;
        var resolver = (IncludeResolver)value;
        var used = resolver.Used.ToHashSet();
        // A page that failed may be the one that includes a region: "not included" would be a knock-on warning.
        var regions = context.Diagnostics.HasErrors ? [] : resolver.AllRegions();
        foreach (var (file, region) in regions)
        {
            if (!used.Contains((file, region.Name)))
            {
                context.Diagnostics.Warning($"{resolver.DisplayPath(file)}", region.StartLine - 1, $"region '{region.Name}' is not included by any page",
                    "include it with [snippet](../snippets/…#" + region.Name + ") or remove its tags.");
            }
        }

        if (context.Options.Strict && used.Count > 0 && resolver.Coverage is null)
        {
            context.Diagnostics.Error("tests/Snippets.Tests", 0, "no coverage report of the snippets: strict builds check that every included region ran under test",
                "run dotnet test first (it writes tests/Snippets.Tests/TestResults/*/coverage.cobertura.xml), or pass --coverage.");
        }

        return documents;
    }
}
