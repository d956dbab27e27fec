using UnderLoad.Generator.Diagrams;

namespace UnderLoad.Generator.Tests.Diagrams;

/// <summary>Issue 17, item 10: the same diagram source gives the same cached bytes, whatever was rendered before it.</summary>
public sealed class DeterministicDiagramTests
{
    private const string Other = """
        sequenceDiagram
            accTitle: Three parties
            accDescr: A rendered before the diagram under test, to move Mermaid's page-wide counters on.
            participant A as Alpha
            participant B as Beta
            participant C as Gamma
            A->>B: one
            B->>C: two
        """;

    [Fact]
    public void Ids_that_depend_on_render_order_are_renamed_in_document_order_with_their_references()
    {
        const string first = """<svg id="mK"><style>#mK .x{fill:red}#actor7{stroke:blue}</style><line id="actor7"/><g id="root-7" aria-labelledby="actor7"><use href="#actor7"/><path marker-end="url(#mK-arrowhead)" clip-path="url(#root-7)"/></g></svg>""";
        const string later = """<svg id="mK"><style>#mK .x{fill:red}#actor31{stroke:blue}</style><line id="actor31"/><g id="root-31" aria-labelledby="actor31"><use href="#actor31"/><path marker-end="url(#mK-arrowhead)" clip-path="url(#root-31)"/></g></svg>""";

        var a = StableIds.Apply(first, "mK");
        Assert.Equal(a, StableIds.Apply(later, "mK"));
        Assert.Contains("""<line id="mK-i0"/>""", a);
        Assert.Contains("""aria-labelledby="mK-i0" """.TrimEnd(), a);
        Assert.Contains("""href="#mK-i0" """.TrimEnd(), a);
        Assert.Contains("url(#mK-i1)", a);
        Assert.Contains("#mK-i0{stroke:blue}", a);
        Assert.Contains("url(#mK-arrowhead)", a); // ids Mermaid derives from the render id are stable already
    }

    [SkippableFact]
    public void The_same_source_renders_to_the_same_bytes_after_other_diagrams()
    {
        InBrowser.BrowserRequirement.Check();
        using var alone = new DiagramSite();
        alone.Build([alone.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))]);

        using var after = new DiagramSite();
        after.Build([after.Page("a.md", DiagramSite.Fence(Other)), after.Page("b.md", DiagramSite.Fence(Other.Replace("Gamma", "Delta", StringComparison.Ordinal))),
            after.Page("c.md", DiagramSite.Fence(DiagramSite.Sequence))]);

        var files = Directory.GetFiles(alone.CacheDir, "*.svg").Select(Path.GetFileName).ToList();
        Assert.Equal(2, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(alone.CacheDir, file!)), File.ReadAllBytes(Path.Combine(after.CacheDir, file!)));
        }
    }

    [Fact]
    public void A_strict_build_with_an_uncached_diagram_renders_nothing_and_says_what_to_commit()
    {
        using var site = new DiagramSite();
        var (store, context) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))], strict: true);

        Assert.Equal(0, site.RendererStarts);
        var error = Assert.Single(context.Diagnostics.Errors);
        Assert.Contains("not in input/diagrams-cache/", error.Message);
        Assert.Contains("commit the new files", error.Hint);
        Assert.Equal(0, store.Rendered);
    }

    [SkippableFact]
    public void A_build_that_renders_a_new_diagram_names_the_files_to_commit()
    {
        InBrowser.BrowserRequirement.Check();
        using var site = new DiagramSite();
        var (store, _) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))]);
        Assert.Equal(2, store.NewCacheFiles.Count);
        Assert.All(store.NewCacheFiles, f => Assert.Matches(@"diagrams-cache/[0-9a-f]{16}\.svg$", f.File));

        var (again, _) = site.Build([site.Page("a.md", DiagramSite.Fence(DiagramSite.Sequence))]);
        Assert.Empty(again.NewCacheFiles);
    }
}
