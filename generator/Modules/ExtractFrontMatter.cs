using UnderLoad.Generator.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: <see cref="Document.FrontMatter"/>, parsed with YamlDotNet and checked against the schema
/// (title, topic, summary, tags, related — nothing else, each of its type), and strips it from the content.
/// </summary>
public sealed class ExtractFrontMatter : PerDocumentModule
{
    internal static readonly string[] AllowedKeys = ["title", "topic", "summary", "tags", "related"];
    private const string SchemaHint = "front matter keys: title (text), topic (whole number), summary (text), tags (list), related (list of topic slugs).";

    public override string Phase => "front matter";

    public override IReadOnlyList<Product> Needs => [Products.Pages];

    public override IReadOnlyList<Product> Produces => [Products.FrontMatter];

    protected override Document? Process(Document document, BuildContext context)
    {
        var (yaml, body, bodyOffset) = Split(document.Content);
        var path = document.DisplayPath;
        var diagnostics = context.Diagnostics;
        if (yaml is null)
        {
            diagnostics.Error(path, 1, "the page has no front matter",
                "start the file with a block between two '---' lines holding at least title and summary.");
            return null;
        }

        var front = Parse(yaml, path, diagnostics);
        if (front is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(front.Title))
        {
            diagnostics.Error(path, 2, "front matter has no 'title'", "add `title: \"...\"`: it is the page's heading and <title>.");
        }

        if (string.IsNullOrWhiteSpace(front.Summary))
        {
            diagnostics.Error(path, 2, "front matter has no 'summary'", "add `summary: \"...\"`: one sentence, used as the meta description.");
        }

        return document with { FrontMatter = front, Content = body, BodyLineOffset = bodyOffset };
    }

    /// <summary>Splits "---\nyaml\n---\nbody" into its parts; the offset is how many lines precede the body.</summary>
    internal static (string? Yaml, string Body, int BodyOffset) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text, 0);
        }

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return (yaml, body, i + 1);
            }
        }

        return (null, text, 0);
    }

    internal static FrontMatter? Parse(string yaml, string path, Diagnostics diagnostics)
    {
        // Line numbers: the YAML starts on the file's line 2.
        const int lineBase = 1;
        // Scan first, tracking where we are: YamlDotNet reports most syntax errors as YamlException with a
        // position, but a few (an unclosed flow sequence) as a bare InvalidOperationException.
        var lastLine = 1;
        try
        {
            var scanner = new Parser(new StringReader(yaml));
            while (scanner.MoveNext())
            {
                lastLine = (int)scanner.Current!.End.Line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            var line = e is YamlException y ? (int)y.Start.Line : lastLine;
            var detail = e is YamlException ? (e.InnerException?.Message ?? e.Message).Trim() : "unexpected end of a value (an unclosed bracket or quote?)";
            diagnostics.Error(path, line + lineBase, $"front matter is not valid YAML: {detail}",
                "check indentation and quoting: text with ':' or '#' needs quotes, lists are [a, b] or '- a' lines.");
            return null;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        if (stream.Documents.Count == 0)
        {
            return new FrontMatter();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Error(path, (int)stream.Documents[0].RootNode.Start.Line + lineBase, "front matter must be a set of 'key: value' lines", SchemaHint);
            return null;
        }

        var result = new FrontMatter();
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line + lineBase;
            switch (key)
            {
                case "title":
                    ok &= Text(value, key, line, path, diagnostics, v => result = result with { Title = v });
                    break;
                case "summary":
                    ok &= Text(value, key, line, path, diagnostics, v => result = result with { Summary = v });
                    break;
                case "topic":
                    if (value is YamlScalarNode { Value: { } raw } && int.TryParse(raw, out var topic) && topic > 0)
                    {
                        result = result with { Topic = topic };
                    }
                    else
                    {
                        diagnostics.Error(path, line, $"'topic' must be a positive whole number (the seed number), not '{Describe(value)}'", SchemaHint);
                        ok = false;
                    }

                    break;
                case "tags":
                case "related":
                    var list = List(value);
                    if (list is null)
                    {
                        diagnostics.Error(path, line, $"'{key}' must be a list of words, e.g. {key}: [a, b]", SchemaHint);
                        ok = false;
                    }
                    else
                    {
                        result = key == "tags" ? result with { Tags = list } : result with { Related = list };
                    }

                    break;
                default:
                    var suggestion = Suggest.Closest(AllowedKeys, key);
                    diagnostics.Error(path, line, $"unknown front matter key '{key}'",
                        suggestion is not null ? $"did you mean '{suggestion}'? {SchemaHint}" : SchemaHint);
                    ok = false;
                    break;
            }
        }

        return ok ? result : null;
    }

    private static bool Text(YamlNode value, string key, int line, string path, Diagnostics diagnostics, Action<string> set)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            set(text.Trim());
            return true;
        }

        diagnostics.Error(path, line, $"'{key}' must be text, not a {(value is YamlSequenceNode ? "list" : "mapping")}", SchemaHint);
        return false;
    }

    private static List<string>? List(YamlNode value) => value switch
    {
        YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
        YamlScalarNode { Value: null or "" } => [],
        _ => null,
    };

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();
}
