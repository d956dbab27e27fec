using System.Globalization;
using UnderLoad.Generator.Pipeline;
using YamlDotNet.RepresentationModel;

namespace UnderLoad.Generator.Site;

/// <summary>Reads the values of site.yml's keys (text, true/false, parts, the front matter schema), each mistake an error on its line.</summary>
internal sealed class SiteConfigValues(string display, Diagnostics diagnostics)
{
    private const string PartsHint = "parts is a list of { title: Part name, topics: [1, 2, 3] } (topic numbers from the pages' front matter).";
    private const string SchemaHint = "front_matter is { strict: true|false, keys: { name: { type: text|number|list|bool, required: true|false, description: ... } } }.";

    public void Fail(YamlNode node, string message, string hint) => diagnostics.Error(display, (int)node.Start.Line, message, hint);

    public void Unknown(YamlNode node, string key, IEnumerable<string> known, string hint)
    {
        var near = Suggest.Closest(known, key);
        Fail(node, $"unknown site.yml key '{key}'", near is null ? hint : $"did you mean '{near}'? {hint}");
    }

    public string? Text(string key, YamlNode value)
    {
        if (value is YamlScalarNode scalar) return string.IsNullOrEmpty(scalar.Value) ? null : scalar.Value;
        Fail(value, $"'{key}' must be text, not a {Shape(value)}", SiteConfigReader.Hint);
        return null;
    }

    public bool? Bool(string key, YamlNode value)
    {
        switch ((value as YamlScalarNode)?.Value?.ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Fail(value, $"'{key}' must be true or false, not '{Describe(value)}'", SiteConfigReader.Hint);
                return null;
        }
    }

    public IList<YamlNode>? Sequence(string key, YamlNode value)
    {
        if (value is YamlSequenceNode sequence) return sequence.Children;
        Fail(value, $"'{key}' must be a list, not '{Describe(value)}'", key == "parts" ? PartsHint : SiteConfigReader.Hint);
        return null;
    }

    public List<SitePart> Parts(YamlNode value)
    {
        var parts = new List<SitePart>();
        if (value is YamlScalarNode { Value: null or "" }) return parts;
        foreach (var item in Sequence("parts", value) ?? [])
        {
            if (item is not YamlMappingNode map)
            {
                Fail(item, $"a part must be a mapping with title and topics, not '{Describe(item)}'", PartsHint);
                continue;
            }

            var part = new SitePart();
            foreach (var (keyNode, field) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (key == "title") part.Title = Text(key, field) ?? "";
                else if (key == "topics") part.Topics = Numbers(field);
                else Unknown(keyNode, key, ["title", "topics"], PartsHint);
            }

            parts.Add(part);
        }

        return parts;
    }

    private List<int> Numbers(YamlNode value)
    {
        var numbers = new List<int>();
        foreach (var item in value is YamlScalarNode { Value: null or "" } ? [] : Sequence("topics", value) ?? [])
        {
            if (item is YamlScalarNode { Value: { } raw } && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) numbers.Add(n);
            else Fail(item, $"a part's topics are topic numbers, not '{Describe(item)}'", PartsHint);
        }

        return numbers;
    }

    public FrontMatterSchema? Schema(YamlNode value)
    {
        if (value is YamlScalarNode { Value: null or "" }) return null;
        if (value is not YamlMappingNode map)
        {
            Fail(value, $"'front_matter' must be a mapping, not '{Describe(value)}'", SchemaHint);
            return null;
        }

        var schema = new FrontMatterSchema();
        foreach (var (keyNode, field) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == "strict") schema.Strict = Bool("strict", field) ?? false;
            else if (key == "keys" && field is YamlMappingNode keys) schema.Keys = Fields(keys);
            else if (key == "keys" && field is not YamlScalarNode { Value: null or "" }) Fail(field, $"'keys' must be a mapping of key names, not '{Describe(field)}'", SchemaHint);
            else if (key != "keys") Unknown(keyNode, key, ["strict", "keys"], SchemaHint);
        }

        return schema;
    }

    private Dictionary<string, FrontMatterField> Fields(YamlMappingNode keys)
    {
        var fields = new Dictionary<string, FrontMatterField>(StringComparer.Ordinal);
        foreach (var (nameNode, spec) in keys.Children)
        {
            var name = (nameNode as YamlScalarNode)?.Value ?? "";
            var field = new FrontMatterField();
            if (spec is YamlMappingNode map)
            {
                foreach (var (keyNode, value) in map.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? "";
                    if (key == "type") field.Type = Type(name, value) ?? field.Type;
                    else if (key == "required") field.Required = Bool(key, value) ?? false;
                    else if (key == "description") field.Description = Text(key, value) ?? "";
                    else Unknown(keyNode, key, ["type", "required", "description"], SchemaHint);
                }
            }
            else if (spec is not YamlScalarNode { Value: null or "" })
            {
                Fail(spec, $"front matter key '{name}' must be a mapping such as {{ type: text, required: true }}, not '{Describe(spec)}'", SchemaHint);
            }

            fields[name] = field;
        }

        return fields;
    }

    private string? Type(string name, YamlNode value)
    {
        var type = Text("type", value);
        if (type is null or "text" or "number" or "list" or "bool") return type;
        Fail(value, $"front matter key '{name}' has type '{type}'; the types are text, number, list and bool", SchemaHint);
        return null;
    }

    private static string Shape(YamlNode node) => node is YamlSequenceNode ? "list" : "mapping";

    private static string Describe(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : Shape(node);
}
