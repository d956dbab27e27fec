using System.Text.Json;
using UnderLoad.Generator.Diagrams;

namespace UnderLoad.Generator.Tests.Diagrams;

/// <summary>
/// Mermaid's configuration is part of every diagram's cache key: written without the reflection serializer, it must be
/// the very text JsonSerializer wrote for it, or every diagram of input/diagrams-cache/ would be drawn again.
/// </summary>
public sealed class DiagramThemesTests
{
    private const string Font = "arial, \"Liberation Sans\", helvetica, sans-serif";

    [Theory]
    [InlineData("light", "default")]
    [InlineData("dark", "dark")]
    public void The_configuration_is_the_text_JsonSerializer_wrote(string name, string mermaidTheme)
    {
        var expected = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["startOnLoad"] = false,
            ["theme"] = mermaidTheme,
            ["securityLevel"] = "strict",
            ["htmlLabels"] = false,
            ["deterministicIds"] = true,
            ["fontFamily"] = Font,
            ["themeVariables"] = new Dictionary<string, object> { ["fontFamily"] = Font, ["fontSize"] = "16px" },
            ["flowchart"] = new Dictionary<string, object> { ["htmlLabels"] = false, ["useMaxWidth"] = true },
            ["sequence"] = new Dictionary<string, object>
            {
                ["useMaxWidth"] = true, ["actorFontFamily"] = Font, ["noteFontFamily"] = Font, ["messageFontFamily"] = Font,
                ["actorFontSize"] = 16, ["noteFontSize"] = 16, ["messageFontSize"] = 16,
            },
            ["class"] = new Dictionary<string, object> { ["htmlLabels"] = false },
            ["state"] = new Dictionary<string, object> { ["htmlLabels"] = false },
        });

        var theme = DiagramThemes.All.Single(t => t.Name == name);
        Assert.Equal(expected, theme.ConfigJson);
        Assert.Contains("\\u0022Liberation Sans\\u0022", theme.ConfigJson); // escaped as the serializer escapes
    }
}
