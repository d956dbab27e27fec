using System.Security.Cryptography;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Pipeline;

/// <summary>
/// The redesign of the generator (typed products, one type per file, no static state, ...) changes how the site is
/// built, not what it is: the handbook as it stood at commit b9bd7bb (its input/, theme/ and snippet tests, taken from
/// git and committed once at a fixed date, so dates are fixed too) builds to exactly the bytes the generator of that
/// commit wrote (handbook-b9bd7bb.sha256, one line per file). A change that alters the output on purpose (a theme
/// change, a new feature) regenerates the list with the generator of the commit before it, and says so.
/// </summary>
public sealed class HandbookOutputTests : IDisposable
{
    private const string Commit = "b9bd7bbb01265f663ba95425647acb860b3d9cb1";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ul-frozen-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void The_handbook_of_b9bd7bb_builds_byte_for_byte_as_the_generator_of_that_commit_built_it()
    {
        Directory.CreateDirectory(_root);
        var tar = Path.Combine(_root, "frozen.tar");
        Tool.Run(TestSite.RepositoryRoot, "git", ["archive", "--format=tar", "-o", tar, Commit, "input", "theme", "tests/Snippets.Tests"],
            hint: " (the test needs the repository's history: clone without --depth)");
        Tool.Run(_root, "tar", ["-xf", tar]);
        File.Delete(tar);
        // The npm packages are not in git: the repository's own install (the same pinned versions) is used.
        Directory.CreateSymbolicLink(Path.Combine(_root, "theme", "node_modules"), Path.Combine(TestSite.ThemeDir, "node_modules"));
        File.WriteAllText(Path.Combine(_root, ".gitignore"), "theme/node_modules\noutput/\n");
        Tool.Run(_root, "git", ["init", "-q"]);
        // Every page's last-updated date (and so the book's date and the archive's timestamps) is this commit's.
        Tool.CommitAll(_root, "2026-12-01T00:00:00Z", "frozen");

        var output = Path.Combine(_root, "output");
        var result = SiteBuilder.Build(new BuildOptions
        {
            InputDir = Path.Combine(_root, "input"),
            ThemeDir = Path.Combine(_root, "theme"),
            OutputDir = output,
            RepositoryRoot = _root,
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = File.ReadLines(Path.Combine(TestSite.RepositoryRoot, "tests", "Generator.Tests", "Pipeline", "handbook-b9bd7bb.sha256"))
            .Select(l => l.Split("  ", 2)).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(output, f).Replace('\\', '/'),
            f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
        var missing = expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal).ToList();
        var added = actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal).ToList();
        // The archive is compared by what it holds (names, order, dates, bytes of every file): its container has been written
        // the way ZipArchive writes it since the first hand-written zip writer went, so its headers differ from b9bd7bb's.
        var changed = expected.Keys.Intersect(actual.Keys).Where(k => k == "under-load.zip" ? !SameEntries(Path.Combine(output, k)) : expected[k] != actual[k])
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count + added.Count + changed.Count == 0,
            $"missing: {string.Join(", ", missing)}\nadded: {string.Join(", ", added)}\nchanged: {string.Join(", ", changed)}");
    }

    private static bool SameEntries(string zipPath)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(zipPath);
        var actual = zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return $"{Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()))}  {e.LastWriteTime:yyyy-MM-ddTHH:mm:ss}  {e.FullName}";
        }).ToList();
        var expected = File.ReadLines(Path.Combine(TestSite.RepositoryRoot, "tests", "Generator.Tests", "Pipeline", "handbook-b9bd7bb.zip-entries")).ToList();
        return actual.SequenceEqual(expected);
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
