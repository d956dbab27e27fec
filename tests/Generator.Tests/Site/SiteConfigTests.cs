using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Site;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Site;

/// <summary>site.yml read key by key: every key the README lists, and each mistake an error on its line with a hint.</summary>
public class SiteConfigTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ul-site-yml-").FullName;

    private (SiteConfig Site, IReadOnlyList<Diagnostic> Problems) Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_folder, "site.yml"), yaml);
        var diagnostics = new Diagnostics();
        var site = SiteConfig.Load(_folder, diagnostics);
        return (site, diagnostics.All.ToList());
    }

    [Fact]
    public void The_handbooks_site_yml_reads_whole()
    {
        var diagnostics = new Diagnostics();
        var site = SiteConfig.Load(Path.Combine(TestSite.RepositoryRoot, "input"), diagnostics);
        Assert.Empty(diagnostics.All);
        Assert.Equal(("Under Load", "https://under-load.netlify.app", "main", true), (site.Title, site.BaseUrl, site.Branch, site.SocialCards));
        Assert.Equal(5, site.Parts.Count);
        Assert.Equal([1, 2, 3, 4, 5], site.Parts[0].Topics);
        Assert.Equal("The request path", site.Parts[0].Title);
        Assert.True(site.FrontMatter!.Strict);
        Assert.True(site.FrontMatter.Requires("title"));
        Assert.Equal("number", site.FrontMatter.Keys["topic"].Type);
        Assert.Equal("slugs of other pages", site.FrontMatter.Keys["related"].Description);
    }

    [Fact]
    public void A_nav_with_sections_becomes_entries()
    {
        var (site, problems) = Load("nav:\n  - index.md\n  - Guide:\n      - Install it: install.md\n      - use.md\n");
        Assert.Empty(problems);
        var nav = site.NavEntries;
        Assert.Equal(2, nav.Count);
        Assert.Equal((null, "index.md"), (nav[0].Title, nav[0].Path));
        Assert.Equal("Guide", nav[1].Title);
        Assert.Equal([("Install it", "install.md"), (null, "use.md")], nav[1].Children.Select(c => (c.Title, c.Path)));
    }

    [Fact]
    public void Without_a_title_the_site_is_named_after_its_folder_and_an_empty_nav_is_kept_empty()
    {
        var (site, problems) = Load("description: Docs.\nnav: []\n");
        Assert.Empty(problems);
        Assert.Equal(Path.GetFileName(_folder), site.Title);
        Assert.Equal("Docs.", site.Description);
        Assert.NotNull(site.Nav);
        Assert.Empty(site.Nav);
    }

    [Fact]
    public void An_unknown_key_is_an_error_on_its_line_with_a_did_you_mean()
    {
        var (_, problems) = Load("title: Docs\nbase_ulr: https://example.test\n");
        var error = Assert.Single(problems);
        Assert.Equal((Severity.Error, "input/site.yml", 2), (error.Severity, error.Path, error.Line));
        Assert.Contains("unknown site.yml key 'base_ulr'", error.Message);
        Assert.Contains("did you mean 'base_url'?", error.Hint);
    }

    [Theory]
    [InlineData("social_cards: maybe\n", 1, "'social_cards' must be true or false")]
    [InlineData("title: Docs\nparts: 3\n", 2, "'parts' must be a list")]
    [InlineData("parts:\n  - title: One\n    topics: [1, two]\n", 3, "topics are topic numbers, not 'two'")]
    [InlineData("parts:\n  - title: One\n    topic: [1]\n", 3, "unknown site.yml key 'topic'")]
    [InlineData("title: [a, b]\n", 1, "'title' must be text, not a list")]
    [InlineData("front_matter:\n  keys:\n    weight: { type: integer }\n", 3, "has type 'integer'")]
    [InlineData("front_matter:\n  stict: true\n", 2, "unknown site.yml key 'stict'")]
    [InlineData("title: \"Docs\nnav: []\n", 1, "not valid YAML")]
    [InlineData("- a\n- b\n", 1, "must be a set of 'key: value' lines")]
    public void A_value_of_the_wrong_shape_is_an_error_on_its_line(string yaml, int line, string message)
    {
        var (_, problems) = Load(yaml);
        var error = Assert.Single(problems);
        Assert.Equal((Severity.Error, line), (error.Severity, error.Line));
        Assert.Contains(message, error.Message);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
