using System.Text.RegularExpressions;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Pipeline;

/// <summary>
/// Two documentation folders written by other projects, copied unchanged under Fixtures/ (each with its licence and a
/// SOURCE.md): mdBook's guide (SUMMARY.md, parts, nesting, a draft chapter, README.md indexes, an image) and rustlings'
/// exercises (a folder tree of README.md files, no SUMMARY.md, no site.yml, links to source files). Each builds in
/// strict mode — so no link or anchor is broken — with every page, its navigation, search index and offline book.
/// </summary>
public sealed class ThirdPartyDocsTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "ul-fixture-" + Guid.NewGuid().ToString("N")[..12]);

    private static string Fixture(string name) => Path.Combine(TestSite.RepositoryRoot, "tests", "Generator.Tests", "Fixtures", name);

    private BuildResult Build(string input)
    {
        var result = SiteBuilder.Build(new BuildOptions { InputDir = input, OutputDir = _output, ThemeDir = TestSite.ThemeDir, Strict = true, InputDisplay = "docs" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(_output, relative));

    private static IEnumerable<string> Pages(string input) =>
        Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(input, f).Replace('\\', '/'))
            .Where(f => f != "SUMMARY.md");

    private static string OutputOf(string page) => PagePaths.OutputFor(page);

    /// <summary>The site navigation of a page, as its entries' titles in order.</summary>
    private static List<string> NavTitles(string html)
    {
        var nav = html[html.IndexOf("id=\"site-nav\"", StringComparison.Ordinal)..];
        nav = nav[..nav.IndexOf("</nav>", StringComparison.Ordinal)];
        return Regex.Matches(nav, "<li><a [^>]*>(?:<span[^>]*></span>)*([^<]*)</a>").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public void The_mdBook_guide_builds_as_mdBook_lays_it_out()
    {
        var input = Path.Combine(Fixture("mdbook-guide"), "src");
        var result = Build(input);

        foreach (var built in Pages(input)) Assert.True(File.Exists(Path.Combine(_output, OutputOf(built))), $"{built} was not built");
        Assert.False(File.Exists(Path.Combine(_output, "SUMMARY.html")));
        // Titles come from each page's first heading (there is no front matter), README.md is its folder's index.
        Assert.Contains("<title>The init command · src</title>", Read("cli/init.html"));
        Assert.Contains("<h1>Command-line tool</h1>", Read("cli/index.html"));
        // SUMMARY.md: its titles, parts, nesting (one spacer per level), the draft chapter left out, the suffix chapter kept.
        var page = Read("cli/init.html");
        var nav = NavTitles(page);
        Assert.Equal(["Introduction", "Installation", "Reading books", "Creating a book", "Command-line tool", "init"], nav.Take(6));
        Assert.Equal("Contributors", nav[^1]);
        Assert.DoesNotContain("Draft chapter", page);
        Assert.Contains("<h2>I. User guide</h2>", page);
        Assert.Contains("<h2>II. Reference guide</h2>", page);
        Assert.Contains("<span class=\"num\" aria-hidden=\"true\"></span><span class=\"num\" aria-hidden=\"true\"></span>General</a>", page);
        // A link to a folder's README.md reaches its index.html; the image beside a page is published with it.
        Assert.Contains("href=\"../cli/index.html\"", Read("guide/installation.html") + Read("guide/creating.html") + Read("cli/init.html"));
        Assert.True(File.Exists(Path.Combine(_output, "format", "images", "rust-logo-blk.svg")));
        // Pages not in SUMMARY.md are built, and warned about at the path the user gave.
        Assert.Contains(result.Diagnostics, d => d.Path == "docs/cli/arg-watcher.md" && d.Message.Contains("not in docs/SUMMARY.md"));
        // No repository in a site.yml: no edit links, no source link in the footer.
        Assert.DoesNotContain("/edit/", page);
        Assert.DoesNotContain("Source on GitHub", page);
        Assert.DoesNotContain("Source on GitHub", Read("under-load.html"));

        AssertSearchAndBook(Pages(input).Where(p => p != "404.md").Select(OutputOf), inBook: ["cli/init.html", "format/configuration/general.html", "misc/contributors.html"]);
        Assert.DoesNotContain("\"404.html\"", SearchIndex());
    }

    [Fact]
    public void Rustlings_exercises_build_from_their_folder_tree()
    {
        var input = Path.Combine(Fixture("rustlings-exercises"), "exercises");
        Build(input);

        var pages = Pages(input).ToList();
        Assert.Equal(26, pages.Count);
        foreach (var page in pages) Assert.True(File.Exists(Path.Combine(_output, OutputOf(page))), $"{page} was not built");
        var home = Read("index.html");
        // No site.yml: the site is named after its folder; the navigation is the folder tree in name order.
        Assert.Contains("<title>exercises — Exercise to Book Chapter mapping</title>", home);
        var nav = NavTitles(home);
        Assert.Equal(["Intro", "Variables", "Functions", "If"], nav.Take(4));
        Assert.Equal("Quizzes", nav[^1]);
        Assert.Equal(25, nav.Count);
        // A link to an exercise's source file publishes the file beside the page.
        Assert.Contains("href=\"conversions1.rs\"", Read("23_conversions/index.html"));
        Assert.True(File.Exists(Path.Combine(_output, "23_conversions", "conversions1.rs")));

        AssertSearchAndBook(pages.Select(OutputOf), inBook: ["01_variables/index.html", "23_conversions/index.html"]);
    }

    private string SearchIndex() => Read(Path.Combine("assets", Path.GetFileName(Directory.GetFiles(Path.Combine(_output, "assets"), "search-index.*.js").Single())));

    private void AssertSearchAndBook(IEnumerable<string> searchable, string[] inBook)
    {
        var index = SearchIndex();
        // Every page but the home page (as on the handbook, search lists the pages it leads to).
        foreach (var page in searchable.Where(p => p != "index.html")) Assert.Contains($"[\"{page}\",", index);
        var book = Read("under-load.html");
        foreach (var page in inBook)
        {
            var title = Regex.Match(Read(page), "<h1>([^<]*)</h1>").Groups[1].Value;
            Assert.Contains(title, book);
        }

        Assert.True(new FileInfo(Path.Combine(_output, "under-load.zip")).Length > 0);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
