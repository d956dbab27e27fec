using System.Text.RegularExpressions;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Docs;

/// <summary>
/// The contributor guide is in the repository, the README points to it, and the conventions it states are the
/// ones the code and the handbook follow (a guide that drifts from them misleads the next contributor).
/// </summary>
public class ContributingGuideTests
{
    private static string Read(string relative) => File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, relative));

    [Fact]
    public void The_readme_links_the_guide_and_the_guide_covers_what_a_contributor_touches()
    {
        Assert.Contains("](CONTRIBUTING.md)", Read("README.md"));
        var guide = Read("CONTRIBUTING.md");
        foreach (var subject in new[] { "site.yml", "namespace", "input/images/", "input/diagrams-cache/", "pdf", "coverage", "accTitle", "--strict", "Snapshot.Verify" })
            Assert.Contains(subject, guide);
    }

    [Fact]
    public void Every_snippet_file_uses_the_namespace_the_guide_states()
    {
        var guide = Read("CONTRIBUTING.md");
        Assert.Contains("UnderLoad.Snippets.<TopicInPascalCase>", guide);
        var snippets = Path.Combine(TestSite.RepositoryRoot, "input", "snippets");
        var wrong = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(snippets).Where(d => Regex.IsMatch(Path.GetFileName(d), @"^\d+-")))
        {
            var slug = Path.GetFileName(folder);
            var expected = "UnderLoad.Snippets." + string.Concat(slug[(slug.IndexOf('-') + 1)..].Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
            {
                var ns = Regex.Match(File.ReadAllText(file), @"^namespace\s+([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
                if (ns != expected) wrong.Add($"{Path.GetRelativePath(snippets, file)}: {ns} (expected {expected})");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_alert_kinds_in_the_guide_are_the_ones_the_build_accepts()
    {
        var guide = Read("CONTRIBUTING.md");
        foreach (var kind in new[] { "NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION" })
        {
            Assert.Contains($"[!{kind}]", guide);
            using var site = new TestSite();
            site.Write("topics/a.md", TestSite.Page("A", "About A.", 1) + $"\nText.\n\n> [!{kind}]\n> Fine.\n");
            Assert.True(site.Build().Succeeded, kind);
        }
    }
}
