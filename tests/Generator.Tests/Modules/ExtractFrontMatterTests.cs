using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Site;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Modules;

public class ExtractFrontMatterTests
{
    private static (FrontMatter? Front, Diagnostics Diagnostics) Parse(string yaml)
    {
        var diagnostics = new Diagnostics();
        var site = SiteConfig.Load(Path.Combine(TestSite.RepositoryRoot, "input"), diagnostics);
        return (ExtractFrontMatter.Parse(yaml, "input/p.md", diagnostics, site.FrontMatter), diagnostics);
    }

    [Fact]
    public void Reads_every_schema_field()
    {
        var (front, diagnostics) = Parse("title: \"HTTP\"\ntopic: 1\nsummary: Learn it.\ntags: [http, tcp]\nrelated:\n  - 02-request-lifecycle\n");
        Assert.False(diagnostics.HasErrors);
        Assert.Equal("HTTP", front!.Title);
        Assert.Equal(1, front.Topic);
        Assert.Equal("Learn it.", front.Summary);
        Assert.Equal(["http", "tcp"], front.Tags);
        Assert.Equal(["02-request-lifecycle"], front.Related);
    }

    [Fact]
    public void An_unknown_key_is_an_error_on_its_line_with_a_suggestion()
    {
        var (front, diagnostics) = Parse("title: x\nsummary: y\ntitel: z\n");
        Assert.Null(front);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Equal(4, error.Line); // the YAML starts on the file's second line
        Assert.Contains("unknown front matter key 'titel'", error.Message);
        Assert.Contains("did you mean 'title'", error.Hint);
    }

    [Fact]
    public void A_mistyped_value_is_an_error()
    {
        var (_, diagnostics) = Parse("title: x\ntopic: one\ntags: plain\n");
        var errors = diagnostics.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("'topic' must be a positive whole number"));
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("'tags' must be a list"));
    }

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var (front, diagnostics) = Parse("title: x\nsummary: [unclosed\ntags: [a]\n");
        Assert.Null(front);
        var error = Assert.Single(diagnostics.Errors);
        Assert.Contains("not valid YAML", error.Message);
        Assert.InRange(error.Line, 3, 5);
    }

    [Fact]
    public void Split_separates_front_matter_and_counts_lines_before_the_body()
    {
        var (yaml, body, offset) = ExtractFrontMatter.Split("---\ntitle: a\n---\n# Body\n");
        Assert.Equal("title: a", yaml);
        Assert.Equal("# Body\n", body);
        Assert.Equal(3, offset);
    }
}
