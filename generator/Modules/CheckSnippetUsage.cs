using UnderLoad.Generator.MarkdownExtensions.Snippets;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Checks after rendering: a region no page includes is a warning that names it; in strict mode (CI)
/// the build needs a coverage report, so "every shown line ran under test" is checked, not assumed.
/// </summary>
public sealed class CheckSnippetUsage : IModule
{
    public string Phase => "snippets";

    public IReadOnlyList<Product> Needs => [Products.Includes, Products.BodyHtml];

    public IReadOnlyList<Product> Produces => [];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var resolver = context.Get(Products.Includes);
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
