using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UnderLoad.Generator.Site;

/// <summary>YAML text (site.yml, a page's front matter) as YamlDotNet's node tree, or where and why it does not parse.</summary>
public static class YamlText
{
    /// <summary>
    /// The parsed stream, or null with the 1-based line (within <paramref name="text"/>) and what is wrong. YamlDotNet
    /// reports most syntax errors as YamlException with a position, but a few (an unclosed flow sequence) as a bare
    /// InvalidOperationException: those are placed at the last event the parser read.
    /// </summary>
    public static YamlStream? Load(string text, out int line, out string problem)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
            (line, problem) = (0, "");
            return stream;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            line = e is YamlException y ? (int)y.Start.Line : (int)(parser.Current?.End.Line ?? 1);
            problem = e is YamlException ? (e.InnerException?.Message ?? e.Message).Trim() : "unexpected end of a value (an unclosed bracket or quote?)";
            return null;
        }
    }
}
