using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Site;

/// <summary>
/// site.yml: the site's name, where it lives, where its source lives, its parts or navigation, and the schema of its
/// front matter. Every key is optional: a folder of markdown without site.yml builds, titled after the folder.
/// </summary>
public sealed class SiteConfig
{
    public string Title { get; set; } = "Under Load";
    public string Description { get; set; } = "";
    public string BaseUrl { get; set; } = "http://localhost";
    /// <summary>The repository's web URL, e.g. https://github.com/owner/repo (for edit and source links); none, no links.</summary>
    public string Repository { get; set; } = "";
    public string Branch { get; set; } = "main";
    public string Language { get; set; } = "en";
    /// <summary>Draw a social card (og:image) per page; needs Chromium once per new card, cached in input/social-cache/.</summary>
    public bool SocialCards { get; set; }
    public List<SitePart> Parts { get; set; } = [];
    /// <summary>The navigation as MkDocs writes it (pages and sections), when there is no SUMMARY.md; see <see cref="NavEntries"/>.</summary>
    public List<object>? Nav { get; set; }
    /// <summary>The declared front matter schema, or null: any keys, no front matter needed.</summary>
    public FrontMatterSchema? FrontMatter { get; set; }

    /// <summary><see cref="Nav"/> as entries; empty without a nav.</summary>
    public IReadOnlyList<NavEntry> NavEntries => Nav is null ? [] : Nav.Select(NavEntryReader.Read).ToList();

    /// <param name="display">site.yml's path as the user sees it (relative to the working directory).</param>
    public static SiteConfig Load(string inputDir, Diagnostics diagnostics, string display = "input/site.yml")
    {
        var path = Path.Combine(inputDir, "site.yml");
        var folderName = Path.GetFileName(Path.GetFullPath(inputDir).TrimEnd('/', '\\'));
        if (!File.Exists(path))
        {
            return new SiteConfig { Title = folderName };
        }

        var text = StrictText.Read(path, display, diagnostics);
        return text is null ? new SiteConfig() : SiteConfigReader.Read(text, display, diagnostics, folderName);
    }
}
