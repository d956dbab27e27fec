using UnderLoad.Generator.Pipeline;
using YamlDotNet.RepresentationModel;

namespace UnderLoad.Generator.Site;

/// <summary>
/// Reads site.yml's node tree into a <see cref="SiteConfig"/>, key by key. YamlDotNet's reflection-based deserializer
/// did the same in ~90 ms, a tenth of a small site's build, before any page was read. Every problem is an error on
/// its line: an unknown key (with a did-you-mean), a value of the wrong shape, YAML that does not parse.
/// </summary>
internal static class SiteConfigReader
{
    public const string Hint = "site.yml keys: title, description, base_url, repository, branch, language, social_cards, parts (each: title, topics), nav, front_matter (strict, keys).";

    private static readonly string[] Keys = ["title", "description", "base_url", "repository", "branch", "language", "social_cards", "parts", "nav", "front_matter"];

    /// <param name="folderName">The title when site.yml names none.</param>
    public static SiteConfig Read(string text, string display, Diagnostics diagnostics, string folderName)
    {
        var site = new SiteConfig { Title = folderName };
        if (YamlText.Load(text, out var line, out var problem) is not { } stream)
        {
            diagnostics.Error(display, line, $"site.yml is not valid YAML: {problem}", Hint);
            return site;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return site;
        var reader = new SiteConfigValues(display, diagnostics);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Fail(stream.Documents[0].RootNode, "site.yml must be a set of 'key: value' lines", Hint);
            return site;
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "title": site.Title = reader.Text(key, value) ?? site.Title; break;
                case "description": site.Description = reader.Text(key, value) ?? site.Description; break;
                case "base_url": site.BaseUrl = reader.Text(key, value) ?? site.BaseUrl; break;
                case "repository": site.Repository = reader.Text(key, value) ?? site.Repository; break;
                case "branch": site.Branch = reader.Text(key, value) ?? site.Branch; break;
                case "language": site.Language = reader.Text(key, value) ?? site.Language; break;
                case "social_cards": site.SocialCards = reader.Bool(key, value) ?? site.SocialCards; break;
                case "parts": site.Parts = reader.Parts(value); break;
                case "nav": site.Nav = value is YamlScalarNode { Value: null or "" } ? null : reader.Sequence("nav", value)?.Select(Plain).ToList(); break;
                case "front_matter": site.FrontMatter = reader.Schema(value); break;
                default: reader.Unknown(keyNode, key, Keys, Hint); break;
            }
        }

        return site;
    }

    /// <summary>A nav item as a plain value: text, a list, or a mapping (what <see cref="NavEntryReader"/> reads).</summary>
    private static object Plain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode sequence => sequence.Children.Select(Plain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(c => (object)((c.Key as YamlScalarNode)?.Value ?? ""), c => Plain(c.Value)),
        _ => "",
    };
}
