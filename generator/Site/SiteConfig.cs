using UnderLoad.Generator.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace UnderLoad.Generator.Site;

/// <summary>input/site.yml: the site's name, where it lives, where its source lives, and its parts.</summary>
public sealed class SiteConfig
{
    public string Title { get; set; } = "Under Load";
    public string Description { get; set; } = "";
    public string BaseUrl { get; set; } = "http://localhost";
    /// <summary>The repository's web URL, e.g. https://github.com/owner/repo (for edit and source links).</summary>
    public string Repository { get; set; } = "";
    public string Branch { get; set; } = "main";
    public string Language { get; set; } = "en";
    /// <summary>Draw a social card (og:image) per page; needs Chromium once per new card, cached in input/social-cache/.</summary>
    public bool SocialCards { get; set; }
    public List<SitePart> Parts { get; set; } = [];

    public static SiteConfig Load(string inputDir, Diagnostics diagnostics)
    {
        var path = Path.Combine(inputDir, "site.yml");
        if (!File.Exists(path))
        {
            return new SiteConfig();
        }

        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            var text = StrictText.Read(path, "input/site.yml", diagnostics);
            return text is null ? new SiteConfig() : deserializer.Deserialize<SiteConfig>(text) ?? new SiteConfig();
        }
        catch (YamlException e)
        {
            diagnostics.Error("input/site.yml", (int)e.Start.Line, (e.InnerException?.Message ?? e.Message).Trim(),
                "site.yml keys: title, description, base_url, repository, branch, language, social_cards, parts (each: title, topics).");
            return new SiteConfig();
        }
    }
}
