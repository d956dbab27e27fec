using UnderLoad.Generator.MarkdownExtensions.Highlighting;
using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Cli;

/// <summary>
/// The first things a build does with its libraries, done on a side thread while the main thread parses the command
/// line and reads site.yml and the second core has little else to do (the two threads compete somewhat for the
/// runtime's type loading, so the main thread's start is ~15 ms slower, less than it gains): a little YAML through
/// YamlDotNet (its first parse took ~30 ms of site.yml's read), making Fluid's parser (~0.1 s of CPU, most of it
/// compiling Parlot's generic code), and a small page through Markdig's parser and a C# block through ColorCode
/// (loading their types, building the regexes, compiling what ReadyToRun could not precompile). The YAML, page and
/// block are thrown away; the parser is the one the build uses.
/// </summary>
public static class WarmStart
{
    private const string Page = "# Title\n\nText with `code`, *emphasis*, a [link](other.md#part) and a footnote[^1].\n\n" +
        "## Part\n\n| Setting | Default |\n| --- | ---: |\n| `pool.size` | 100 |\n\n- [x] one\n- two\n\n> [!NOTE]\n> A note.\n\n" +
        "```csharp\nvar x = 1;\n```\n\n[^1]: The footnote.\n";

    private const string Code = "public sealed class Handler(HttpClient client)\n{\n    // A comment.\n" +
        "    public async Task<int> GetAsync(string key) => (int)(await client.GetAsync($\"/items/{key}?v=2\")).StatusCode;\n}\n";

    /// <summary>Starts the work for a build or serve (the verbs that run the pipeline); returns at once.</summary>
    public static void Begin(string[] args)
    {
        if (args is ["build", ..] or ["serve", ..]) _ = SideThread.Start(Run);
    }

    private static void Run()
    {
        // First: the main thread reads site.yml ~70 ms from now. YamlDotNet's first parse compiles a regex of its own
        // (RegexOptions.Compiled: IL emitted, then JIT-compiled), ~30 ms that reading site.yml waited for.
        new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader("title: Warm\nparts:\n  - title: One\n    topics: [1, 2]\n"));
        _ = ApplyLayout.Parser;
        Markdig.Markdown.Parse(Page, RenderMarkdown.BuildPipeline(includes: true));
        new CodeHighlighter().Highlight(Code, "csharp");
    }
}
