using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Tests.Pipeline;

/// <summary>Bodies wait for their layout on disk: each comes back as it went in, and nothing is left in the staging folder.</summary>
public sealed class BodyStoreTests : IDisposable
{
    private readonly string _staging = Directory.CreateTempSubdirectory("ul-bodies-").FullName;

    public void Dispose() => Directory.Delete(_staging, recursive: true);

    [Fact]
    public void Bodies_kept_by_parallel_workers_come_back_whole_and_the_file_goes_with_the_store()
    {
        var store = new BodyStore(_staging);
        var bodies = Enumerable.Range(0, 200).Select(i => $"<p>Seite {i}: Größe ≤ {new string('é', i * 7)} 🚦</p>\n").ToArray();

        var kept = new StoredBody[bodies.Length];
        Parallel.For(0, bodies.Length, i => kept[i] = store.Add(bodies[i]));

        Assert.Equal(bodies, kept.Select(store.Read).ToArray());
        Assert.True(File.Exists(Path.Combine(_staging, BodyStore.FileName)));
        store.Dispose();
        Assert.Empty(Directory.EnumerateFileSystemEntries(_staging));
    }

    [Fact]
    public void A_build_leaves_no_bodies_file_in_the_output()
    {
        using var site = new Infrastructure.TestSite();
        site.Write("index.md", Infrastructure.TestSite.Page("Home", "The home page.") + "\nSee [a](topics/a.md).\n");
        site.Write("topics/a.md", Infrastructure.TestSite.Page("A", "S.", topic: 1) + "\n## Part\n\nText.\n");

        var result = SiteBuilder.Build(site.Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Text.", File.ReadAllText(Path.Combine(site.Output, "topics", "a.html")), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(site.Output, BodyStore.FileName, SearchOption.AllDirectories));
    }
}
