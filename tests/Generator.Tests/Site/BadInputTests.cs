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

    [Fact]
    public void Markdown_nested_too_deeply_is_an_error_at_its_line_not_a_crash()
    {
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText.\n\n" + new string('>', 5000) + " deep\n");
        var error = FailsWith("input/topics/a.md", "nested too deeply");
        Assert.Equal(9, error.Line);
    }

    /// <summary>A warning in a normal build (the page still ships), an error under --strict (CI).</summary>
    private void WarnsThenStrictFails(string path, string messagePart)
    {
        var lenient = _site.Build();
        Assert.True(lenient.Succeeded, string.Join("\n", lenient.Diagnostics));
        Assert.Contains(lenient.Diagnostics, d => d.Severity == Severity.Warning && d.Path == path && d.Message.Contains(messagePart));
        var strict = _site.Build(strict: true);
        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.Severity == Severity.Error && d.Path == path && d.Message.Contains(messagePart) && d.Hint is not null);
    }

    [Fact]
    public void A_topic_page_without_topic_is_not_silently_left_out_of_the_navigation()
    {
        _site.Write("topics/c.md", TestSite.Page("Topic C", "About C.") + "\nText.\n");
        WarnsThenStrictFails("input/topics/c.md", "has no 'topic:'");
    }

    [Fact]
    public void A_page_with_front_matter_and_no_body()
    {
        _site.Write("topics/c.md", TestSite.Page("Topic C", "About C.", 3));
        WarnsThenStrictFails("input/topics/c.md", "no text");
    }

    [Fact]
    public void A_file_number_that_disagrees_with_its_topic()
    {
        _site.Write("topics/27-load.md", TestSite.Page("Load", "About load.", 28) + "\nText.\n");
        var error = FailsWith("input/topics/27-load.md", "the file name says topic 27");
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void An_unknown_alert_type()
    {
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText.\n\n> [!DANGER]\n> Careful.\n");
        var error = FailsWith("input/topics/a.md", "unknown alert type '[!DANGER]'");
        Assert.Equal(9, error.Line);
        Assert.Contains("[!CAUTION]", error.Hint);
    }

    [Fact]
    public void Site_yml_that_is_not_utf8()
    {
        var path = Path.Combine(_site.Input, "site.yml");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), .. "# caf"u8.ToArray(), 0xE9, (byte)'\n']);
        var lines = File.ReadAllText(path, System.Text.Encoding.Latin1).Count(c => c == '\n');
        var error = FailsWith("input/site.yml", "not valid UTF-8");
        Assert.Equal(lines, error.Line);
    }

    [SkippableFact]
    public void A_diagram_without_accTitle()
    {
        UnderLoad.Generator.Tests.InBrowser.BrowserRequirement.Check();
        _site.Write("topics/a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText.\n\n```mermaid\nsequenceDiagram\n    A->>B: hello\n```\n");
        WarnsThenStrictFails("input/topics/a.md", "diagram has no accTitle");
    }

    public void Dispose() => _site.Dispose();
}
