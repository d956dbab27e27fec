using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Modules;

/// <summary>
/// A folder of markdown with no front matter and no schema builds as it is (ReadFiles, ExtractFrontMatter,
/// BuildNavigation): titles from the first heading, README.md as the folder's index, navigation from SUMMARY.md,
/// site.yml's nav or the folder tree, any front matter keys accepted; problems name the path the user gave.
/// </summary>
public sealed class PlainFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ul-plain-" + Guid.NewGuid().ToString("N")[..12]);

    private string Input => Path.Combine(_root, "docs");

    private string Output => Path.Combine(_root, "output");

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private BuildResult Build(bool strict = true) => SiteBuilder.Build(new BuildOptions
    {
        InputDir = Input, OutputDir = Output, ThemeDir = TestSite.ThemeDir, Strict = strict, InputDisplay = "../elsewhere/docs",
    });

    private string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    [Fact]
    public void A_folder_without_front_matter_or_site_yml_builds_from_its_tree_with_titles_from_headings()
    {
        Write("README.md", "# Home of the docs\n\nSee [setup](guide/setup.md#first-steps) and [the guide](guide/README.md).\n");
        Write("guide/README.md", "# The guide\n\nIntro.\n");
        Write("guide/setup.md", "Some words before.\n\n# Setting `it` up\n\n## First steps\n\nText.\n");
        Write("zeta.md", "No heading at all.\n");

        var result = Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = Read("index.html");
        Assert.Contains("<title>docs — Home of the docs</title>", home); // no site.yml: named after the folder
        Assert.Contains("href=\"guide/setup.html#first-steps\"", home);
        Assert.Contains("href=\"guide/index.html\"", home);
        Assert.Contains("<h1>Setting it up</h1>", Read("guide/setup.html"));
        Assert.Contains("<h1>Zeta</h1>", Read("zeta.html")); // no heading: the file name
        Assert.DoesNotContain("class=\"lead\"", Read("zeta.html")); // no summary, no empty lead paragraph
        Assert.DoesNotContain("/edit/", home); // no repository, no edit links
        // The tree: root pages, then each folder's index with its pages one level in.
        var nav = home[home.IndexOf("id=\"site-nav\"", StringComparison.Ordinal)..];
        Assert.True(nav.IndexOf(">Zeta<", StringComparison.Ordinal) < nav.IndexOf(">The guide<", StringComparison.Ordinal));
        Assert.Contains("<span class=\"num\" aria-hidden=\"true\"></span>Setting it up</a>", nav);
    }

    [Fact]
    public void Any_front_matter_keys_are_accepted_without_a_schema_reach_a_theme_override_and_weight_orders_the_tree()
    {
        Write("index.md", "---\nweight: 3\ntitle: Start\nauthor: Ada\n---\nBody.\n");
        Write("b.md", "---\nweight: 1\n---\n# B\n");
        Write("c.md", "---\nweight: 0.5\n---\n# C\n");
        Write("a.md", "# A\n");
        // A site's theme/ with only its own page.liquid: the rest comes from the theme built into the generator.
        var theme = Path.Combine(_root, "theme");
        Directory.CreateDirectory(Path.Combine(theme, "layouts"));
        File.WriteAllText(Path.Combine(theme, "layouts", "page.liquid"),
            File.ReadAllText(Path.Combine(TestSite.ThemeDir, "layouts", "page.liquid")).Replace("<h1>{{ page.title }}</h1>", "<h1>{{ page.title }}</h1><p class=\"by\">{{ page.meta.author }} {{ page.meta.weight }}</p>"));
        theme = UnderLoad.Generator.Site.ThemeFolder.Resolve(theme, Path.Combine(_root, "cache"));

        var result = SiteBuilder.Build(new BuildOptions { InputDir = Input, OutputDir = Output, ThemeDir = theme, Strict = true });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p class=\"by\">Ada 3</p>", Read("index.html"));
        Assert.Contains("<p class=\"by\"> 1</p>", Read("b.html"));
        // The folder tree puts a page's weight first (lower earlier), then names.
        var nav = Read("b.html")[Read("b.html").IndexOf("id=\"site-nav\"", StringComparison.Ordinal)..];
        Assert.True(nav.IndexOf(">C<", StringComparison.Ordinal) < nav.IndexOf(">B<", StringComparison.Ordinal));
        Assert.True(nav.IndexOf(">B<", StringComparison.Ordinal) < nav.IndexOf(">A<", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_schema_is_enforced_with_the_path_the_user_gave()
    {
        Write("site.yml", "front_matter:\n  strict: true\n  keys:\n    title: { type: text, required: true }\n    weight: { type: number }\n");
        Write("index.md", "---\ntitle: Home\n---\nText.\n");
        Write("a.md", "---\ntitle: A\nwieght: 2\n---\nText.\n");
        Write("b.md", "---\ntitle: B\nweight: heavy\n---\nText.\n");
        Write("c.md", "# No front matter\n");
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "old.html"), "previous");

        var result = Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, e => e.Path == "../elsewhere/docs/a.md" && e.Line == 3 && e.Message == "unknown front matter key 'wieght'" && e.Hint!.Contains("did you mean 'weight'"));
        Assert.Contains(errors, e => e.Path == "../elsewhere/docs/b.md" && e.Message.Contains("'weight' must be number"));
        Assert.Contains(errors, e => e.Path == "../elsewhere/docs/c.md" && e.Message == "the page has no front matter");
        Assert.Equal("previous", Read("old.html")); // the previous output is untouched
    }

    [Fact]
    public void SUMMARY_md_orders_the_site_skips_drafts_and_names_a_missing_page_at_its_line()
    {
        Write("README.md", "# Intro\n");
        Write("a.md", "# A\n");
        Write("b.md", "# B\n");
        Write("extra.md", "# Extra\n");
        Write("SUMMARY.md", "# Summary\n\n[Intro](README.md)\n\n# Part one\n\n- [Second](b.md)\n  - [First](a.md)\n  - [Draft]()\n\n---\n\n[Gone](gone.md)\n");

        var result = Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("../elsewhere/docs/SUMMARY.md", 13), (error.Path, error.Line));
        Assert.Contains("'gone.md'", error.Message);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Warning && d.Path == "../elsewhere/docs/extra.md");

        Write("SUMMARY.md", "# Summary\n\n[Intro](README.md)\n\n# Part one\n\n- [Second](b.md)\n  - [First](a.md)\n  - [Draft]()\n");
        Assert.True(Build().Succeeded);
        var page = Read("b.html");
        Assert.Contains("<h2>I. Part one</h2>", page);
        Assert.True(page.IndexOf(">Second<", StringComparison.Ordinal) < page.IndexOf(">First<", StringComparison.Ordinal));
        Assert.DoesNotContain("Draft", page);
        Assert.Contains("href=\"a.html\"", page[page.IndexOf("class=\"pager\"", StringComparison.Ordinal)..]); // next follows SUMMARY.md
        Assert.False(File.Exists(Path.Combine(Output, "SUMMARY.html")));
    }

    [Fact]
    public void A_nav_in_site_yml_orders_the_site_and_a_wrong_path_is_an_error_on_its_line()
    {
        Write("site.yml", "title: Docs\nnav:\n  - index.md\n  - Guide:\n      - Install it: install.md\n      - use.md\n");
        Write("index.md", "# Home\n");
        Write("install.md", "# Installing\n");
        Write("use.md", "# Using\n");

        Assert.True(Build().Succeeded);
        var page = Read("use.html");
        Assert.Contains("<h2>I. Guide</h2>", page);
        Assert.True(page.IndexOf(">Install it<", StringComparison.Ordinal) < page.IndexOf(">Using<", StringComparison.Ordinal));

        Write("site.yml", "title: Docs\nnav:\n  - index.md\n  - Guide:\n      - Install it: instal.md\n");
        var error = Assert.Single(Build().Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("../elsewhere/docs/site.yml", 5), (error.Path, error.Line));
        Assert.Contains("did you mean 'install.md'", error.Hint);
    }

    [Fact]
    public void An_empty_nav_in_site_yml_turns_the_navigation_off_without_warnings()
    {
        Write("site.yml", "title: Docs\nnav: []\n");
        Write("index.md", "# Home\n");
        Write("a.md", "# Alpha\n");
        Write("b.md", "# Beta\n");

        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        var page = Read("a.html");
        Assert.DoesNotContain(">Beta<", page); // no sidebar entry and no previous/next link to the other page
        Assert.DoesNotContain("class=\"pager\"", page);
    }

    [Fact]
    public void README_md_and_index_md_in_one_folder_are_two_pages_for_one_path()
    {
        Write("README.md", "# A\n");
        Write("index.md", "# B\n");

        var result = Build();

        Assert.Contains(result.Diagnostics, d => d.Path == "../elsewhere/docs/README.md" && d.Message.Contains("two pages write the same output path 'index.html'"));
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
