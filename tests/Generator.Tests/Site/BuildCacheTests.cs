using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Site;

/// <summary>
/// The build cache (highlighted code, rewritten diagrams) only makes builds faster:
/// a warm build of the real handbook, reading the cache from disk, writes exactly the bytes a build without it writes.
/// </summary>
public sealed class BuildCacheTests : IDisposable
{
    private static readonly string[] Kinds = ["highlight", "diagram-svg"];
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ul-cache-" + Guid.NewGuid().ToString("N")[..12]);

    private string Cache => Path.Combine(_root, "cache");

    private BuildResult Build(string output, string? cache) => SiteBuilder.Build(new BuildOptions
    {
        InputDir = Path.Combine(TestSite.RepositoryRoot, "input"),
        ThemeDir = TestSite.ThemeDir,
        OutputDir = Path.Combine(_root, output),
        RepositoryRoot = TestSite.RepositoryRoot,
        CacheDir = cache,
    });

    private Dictionary<string, string> Files(string output)
    {
        var dir = Path.Combine(_root, output);
        return Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }

    [Fact]
    public void A_warm_build_from_the_cache_on_disk_writes_the_same_site_and_computes_nothing_again()
    {
        Assert.True(Build("plain", cache: null).Succeeded);
        Assert.True(Build("cold", Cache).Succeeded);
        foreach (var kind in Kinds) Assert.True(File.Exists(Path.Combine(Cache, kind + ".bin")), $"no {kind} cache written");

        var warm = Build("warm", Cache); // a new build reads everything back from disk, as a new process would
        Assert.True(warm.Succeeded);
        foreach (var kind in Kinds)
        {
            var (hits, misses) = warm.CacheCounts[kind];
            Assert.True(hits > 0 && misses == 0, $"{kind}: {hits} hits, {misses} misses on the warm build");
        }

        var plain = Files("plain");
        Assert.Equal(plain, Files("cold"));
        Assert.Equal(plain, Files("warm"));
    }

    [Fact]
    public void A_damaged_cache_is_ignored_and_rewritten()
    {
        Assert.True(Build("plain", cache: null).Succeeded);
        Directory.CreateDirectory(Cache);
        foreach (var kind in Kinds) File.WriteAllBytes(Path.Combine(Cache, kind + ".bin"), [0x12, 0x75, 0x6e, 0x64, 0x65, 0x72, 0xff]);

        Assert.True(Build("damaged", Cache).Succeeded);
        Assert.Equal(Files("plain"), Files("damaged"));
        var again = Build("again", Cache);
        Assert.True(again.Succeeded);
        Assert.Equal(0, again.CacheCounts["highlight"].Misses);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
