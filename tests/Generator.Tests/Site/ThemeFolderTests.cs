using UnderLoad.Generator.Site;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Site;

/// <summary>Which theme a build reads: the default theme built into the generator, a site's own files over it, or a whole theme as it is.</summary>
public sealed class ThemeFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ul-theme-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Without_a_theme_folder_the_built_in_theme_is_the_repository_theme_with_its_bundles()
    {
        var theme = ThemeFolder.Resolve(Path.Combine(_root, "theme"), Path.Combine(_root, "cache"));

        foreach (var file in new[] { "layouts/page.liquid", "layouts/book.liquid", "assets/site.css", "package.json",
                     "node_modules/mermaid/dist/mermaid.min.js", "node_modules/minisearch/dist/umd/index.js" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(TestSite.ThemeDir, file)), File.ReadAllBytes(Path.Combine(theme, file)));
        }

        Assert.Equal(theme, ThemeFolder.Resolve(Path.Combine(_root, "theme"), Path.Combine(_root, "cache"))); // written once
    }

    [Fact]
    public void A_site_theme_overrides_the_built_in_one_file_by_file_and_a_whole_theme_is_used_as_it_is()
    {
        var own = Path.Combine(_root, "theme", "assets", "site.css");
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        File.WriteAllText(own, "body { color: red; }");

        var merged = ThemeFolder.Resolve(Path.Combine(_root, "theme"), Path.Combine(_root, "cache"));

        Assert.Equal("body { color: red; }", File.ReadAllText(Path.Combine(merged, "assets", "site.css")));
        Assert.Equal(File.ReadAllText(Path.Combine(TestSite.ThemeDir, "layouts", "page.liquid")), File.ReadAllText(Path.Combine(merged, "layouts", "page.liquid")));
        Assert.Equal(TestSite.ThemeDir, ThemeFolder.Resolve(TestSite.ThemeDir, Path.Combine(_root, "cache"))); // the handbook's theme/
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
