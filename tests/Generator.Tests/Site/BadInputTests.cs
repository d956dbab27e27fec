using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Site;

/// <summary>
/// Each kind of bad input: one clear message with path:line and a hint, a failed build, and the previous
/// output/ left exactly as it was.
/// </summary>
public class BadInputTests : IDisposable
{
    private readonly TestSite _site = new();

    public BadInputTests()
    {
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\n## Section one\n\nSee [B](b.md#details).\n");
        _site.Write("topics/b.md", TestSite.Page("Topic B", "About B.", 2) + "\n## Details\n\nBack to [A](a.md).\n");
        var first = _site.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
    }

    private Diagnostic FailsWith(string path, string messagePart)
    {
        var before = _site.SnapshotOutput();
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(before, _site.SnapshotOutput());
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(_site.Output)!, ".output.*"));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains(messagePart));
        Assert.Equal(path, error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        return error;
    }

    [Fact]
    public void Malformed_yaml()
    {
        _site.Write("topics/a.md", "---\ntitle: \"Topic A\nsummary: x\n---\nBody\n");
        var error = FailsWith("input/topics/a.md", "not valid YAML");
        Assert.InRange(error.Line, 2, 4);
    }

    [Fact]
    public void Unknown_front_matter_key()
    {
        _site.Write("topics/a.md", "---\ntitle: A\nsummary: About A.\ntopic: 1\nauthor: me\n---\nBody\n");
        var error = FailsWith("input/topics/a.md", "unknown front matter key 'author'");
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Broken_link()
    {
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\nLine one.\n\nSee [C](c.md).\n");
        var error = FailsWith("input/topics/a.md", "broken link 'c.md'");
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void Broken_anchor()
    {
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\n## Section one\n\nSee [B](b.md#detials).\n");
        var error = FailsWith("input/topics/a.md", "broken anchor 'b.md#detials'");
        Assert.Equal(9, error.Line);
        Assert.Contains("#details", error.Hint);
    }

    [Fact]
    public void Two_pages_with_one_output_path()
    {
        _site.Write("topics/A.markdown", TestSite.Page("Another A", "Clash.") + "\nBody\n");
        var before = _site.SnapshotOutput();
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(before, _site.SnapshotOutput());
        var errors = result.Diagnostics.Where(d => d.Message.Contains("two pages write the same output path")).ToList();
        Assert.Equal(["input/topics/A.markdown", "input/topics/a.md"], errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Not_utf8()
    {
        var path = Path.Combine(_site.Input, "topics", "a.md");
        var head = System.Text.Encoding.UTF8.GetBytes(TestSite.Page("Topic A", "About A.", 1) + "\nfine line\n");
        File.WriteAllBytes(path, [.. head, .. "caf"u8.ToArray(), 0xE9, (byte)'\n']); // Latin-1 é
        var error = FailsWith("input/topics/a.md", "not valid UTF-8");
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void Unreadable_file()
    {
        // A dangling symlink cannot be read by anyone (root ignores permission bits, so chmod would not do).
        File.CreateSymbolicLink(Path.Combine(_site.Input, "topics", "ghost.md"), Path.Combine(_site.Root, "nowhere.md"));
        FailsWith("input/topics/ghost.md", "cannot read the file");
    }

    [Fact]
    public void All_problems_of_a_run_are_reported_not_only_the_first()
    {
        _site.Write("topics/a.md", "---\ntitle: A\nsummary: About A.\ntopic: 1\nauthor: me\n---\nBody\n");
        _site.Write("topics/b.md", TestSite.Page("Topic B", "About B.", 2) + "\nSee [nothing](nothing.md).\n");
        var result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/topics/a.md" && d.Message.Contains("author"));
        Assert.Contains(result.Diagnostics, d => d.Path == "input/topics/b.md" && d.Message.Contains("nothing.md"));
    }

    public void Dispose() => _site.Dispose();
}
