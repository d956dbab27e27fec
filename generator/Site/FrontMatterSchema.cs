namespace UnderLoad.Generator.Site;

/// <summary>
/// site.yml's <c>front_matter:</c>, the schema a site declares for its pages' front matter. Without one, a page may
/// have no front matter at all, any key is accepted and handed to the layouts (<c>page.meta</c>), and the title comes
/// from the first heading.
/// </summary>
public sealed class FrontMatterSchema
{
    /// <summary>Keys not in <see cref="Keys"/> fail the build (with a did-you-mean).</summary>
    public bool Strict { get; set; }

    /// <summary>Key → its type and whether a page must have it.</summary>
    public Dictionary<string, FrontMatterField> Keys { get; set; } = [];

    /// <summary>The keys with their types, for hints: "title (text, required), topic (number), ...".</summary>
    public string Describe() =>
        "front matter keys: " + string.Join(", ", Keys.Select(k =>
            $"{k.Key} ({k.Value.Type}{(k.Value.Required ? ", required" : "")}{(k.Value.Description.Length > 0 ? ": " + k.Value.Description : "")})")) + ".";

    public bool Requires(string key) => Keys.TryGetValue(key, out var field) && field.Required;
}
