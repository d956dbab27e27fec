using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Site;
using YamlDotNet.RepresentationModel;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Reads a front matter block with YamlDotNet into <see cref="FrontMatter"/>. The generator's own keys (title, topic,
/// summary, tags, related) always have their types; other keys go to <see cref="FrontMatter.Meta"/> for the layouts.
/// With a declared <see cref="FrontMatterSchema"/>, its keys are checked by type, and under <c>strict</c> any other
/// key is an error with a did-you-mean.
/// </summary>
public static class FrontMatterParser
{
    public static FrontMatter? Parse(string yaml, string path, Diagnostics diagnostics, FrontMatterSchema? schema)
    {
        // Line numbers: the YAML starts on the file's line 2.
        const int lineBase = 1;
        var hint = schema?.Describe() ?? "front matter is YAML 'key: value' lines; title, summary and tags are read by the generator, other keys are passed to the layouts.";
        if (YamlText.Load(yaml, out var badLine, out var problem) is not { } stream)
        {
            diagnostics.Error(path, badLine + lineBase, $"front matter is not valid YAML: {problem}",
                "check indentation and quoting: text with ':' or '#' needs quotes, lists are [a, b] or '- a' lines.");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new FrontMatter();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Error(path, (int)stream.Documents[0].RootNode.Start.Line + lineBase, "front matter must be a set of 'key: value' lines", hint);
            return null;
        }

        var result = new FrontMatter();
        var meta = new Dictionary<string, object?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line + lineBase;
            if (schema is { Strict: true } && !schema.Keys.ContainsKey(key))
            {
                var suggestion = Suggest.Closest(schema.Keys.Keys, key);
                diagnostics.Error(path, line, $"unknown front matter key '{key}'", suggestion is not null ? $"did you mean '{suggestion}'? {hint}" : hint);
                ok = false;
                continue;
            }

            switch (key)
            {
                case "title":
                    ok &= Text(value, key, line, path, diagnostics, hint, v => result = result with { Title = v });
                    break;
                case "summary":
                    ok &= Text(value, key, line, path, diagnostics, hint, v => result = result with { Summary = v });
                    break;
                case "topic":
                    if (value is YamlScalarNode { Value: { } raw } && int.TryParse(raw, out var topic) && topic > 0) result = result with { Topic = topic };
                    else ok &= Fail(diagnostics, path, line, $"'topic' must be a positive whole number (the seed number), not '{Describe(value)}'", hint);
                    break;
                case "tags":
                case "related":
                    if (List(value) is { } list) result = key == "tags" ? result with { Tags = list } : result with { Related = list };
                    else ok &= Fail(diagnostics, path, line, $"'{key}' must be a list of words, e.g. {key}: [a, b]", hint);
                    break;
                default:
                    var type = schema?.Keys.GetValueOrDefault(key)?.Type;
                    var read = Value(value, type);
                    if (type is not null && read is null) ok &= Fail(diagnostics, path, line, $"'{key}' must be {type}, not '{Describe(value)}'", hint);
                    else meta[key] = read;
                    break;
            }
        }

        return ok ? result with { Meta = meta } : null;
    }

    private static bool Fail(Diagnostics diagnostics, string path, int line, string message, string hint)
    {
        diagnostics.Error(path, line, message, hint);
        return false;
    }

    private static bool Text(YamlNode value, string key, int line, string path, Diagnostics diagnostics, string hint, Action<string> set)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            set(text.Trim());
            return true;
        }

        return Fail(diagnostics, path, line, $"'{key}' must be text, not a {(value is YamlSequenceNode ? "list" : "mapping")}", hint);
    }

    /// <summary>A value for the layouts: text, a number, true/false, a list or a mapping; null when it is not of the declared type.</summary>
    private static object? Value(YamlNode node, string? type) => (type, node) switch
    {
        ("number", YamlScalarNode { Value: { } raw }) => decimal.TryParse(raw, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null,
        ("bool", YamlScalarNode { Value: { } raw }) => bool.TryParse(raw, out var b) ? b : null,
        ("list", _) => List(node),
        ("text", YamlScalarNode { Value: { } raw }) => raw,
        (null, YamlScalarNode { Value: var raw }) => raw,
        (null, YamlSequenceNode seq) => seq.Children.Select(c => Value(c, null)).ToList(),
        (null, YamlMappingNode m) => m.Children.ToDictionary(c => (c.Key as YamlScalarNode)?.Value ?? "", c => Value(c.Value, null)),
        _ => null,
    };

    private static List<string>? List(YamlNode value) => value switch
    {
        YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) => seq.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
        YamlScalarNode { Value: null or "" } => [],
        _ => null,
    };

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : node.NodeType.ToString().ToLowerInvariant();
}
