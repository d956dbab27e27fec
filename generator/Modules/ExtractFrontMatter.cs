using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Site;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: <see cref="Document.FrontMatter"/>, parsed with YamlDotNet (<see cref="FrontMatterParser"/>) and checked
/// against the schema site.yml declares (the handbook's: title, topic, summary, tags, related — nothing else, title
/// and summary required), and strips it from the content. A site without a schema needs no front matter: the title
/// is the first heading's (<see cref="PageTitle"/>), and any keys go to the layouts.
/// </summary>
public sealed class ExtractFrontMatter : PerDocumentModule
{
    public override string Phase => "front matter";

    public override IReadOnlyList<Product> Needs => [Products.Pages];

    public override IReadOnlyList<Product> Produces => [Products.FrontMatter];

    protected override Document? Process(Document document, BuildContext context)
    {
        var (yaml, body, bodyOffset) = Split(document.Content);
        var path = document.DisplayPath;
        var diagnostics = context.Diagnostics;
        var schema = context.Site.FrontMatter;
        if (yaml is null && schema is not null && schema.Keys.Values.Any(k => k.Required))
        {
            diagnostics.Error(path, 1, "the page has no front matter",
                $"start the file with a block between two '---' lines holding at least {string.Join(" and ", schema.Keys.Where(k => k.Value.Required).Select(k => k.Key))}.");
            return null;
        }

        var front = yaml is null ? new FrontMatter() : Parse(yaml, path, diagnostics, schema);
        if (front is null)
        {
            return null;
        }

        if (schema is not null && !Required(front, schema, path, diagnostics))
        {
            return document with { FrontMatter = front, Content = body, BodyLineOffset = bodyOffset };
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            var title = PageTitle.Of(body, document.RelativePath);
            front = front with { Title = title.Length > 0 ? title : context.Site.Title };
        }

        return document with { FrontMatter = front, Content = body, BodyLineOffset = bodyOffset };
    }

    /// <summary>Reports each required key the page lacks; false when one is missing.</summary>
    private static bool Required(FrontMatter front, FrontMatterSchema schema, string path, Diagnostics diagnostics)
    {
        var ok = true;
        if (schema.Requires("title") && string.IsNullOrWhiteSpace(front.Title))
        {
            diagnostics.Error(path, 2, "front matter has no 'title'", "add `title: \"...\"`: it is the page's heading and <title>.");
            ok = false;
        }

        if (schema.Requires("summary") && string.IsNullOrWhiteSpace(front.Summary))
        {
            diagnostics.Error(path, 2, "front matter has no 'summary'", "add `summary: \"...\"`: one sentence, used as the meta description.");
            ok = false;
        }

        foreach (var key in schema.Keys.Where(k => k.Value.Required && k.Key is not ("title" or "summary" or "topic" or "tags" or "related")).Select(k => k.Key))
        {
            if (!front.Meta.ContainsKey(key))
            {
                diagnostics.Error(path, 2, $"front matter has no '{key}'", $"add `{key}: ...`: site.yml's front_matter requires it. {schema.Describe()}");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Splits "---\nyaml\n---\nbody" into its parts; the offset is how many lines precede the body.</summary>
    internal static (string? Yaml, string Body, int BodyOffset) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text, 0);
        }

        // Line by line to the closing "---" (or "..."), without splitting the body into lines.
        var start = 4;
        var line = 1;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var current = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd();
            if (current is "---" or "...")
            {
                var yaml = text[4..Math.Max(4, start - 1)];
                var body = end < 0 ? "" : text[(end + 1)..];
                return (yaml, body, line + 1);
            }

            if (end < 0) break;
            start = end + 1;
            line++;
        }

        return (null, text, 0);
    }

    /// <param name="schema">The site's declared schema, or null for any keys.</param>
    internal static FrontMatter? Parse(string yaml, string path, Diagnostics diagnostics, FrontMatterSchema? schema) =>
        FrontMatterParser.Parse(yaml, path, diagnostics, schema);
}
