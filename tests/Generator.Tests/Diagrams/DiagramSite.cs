using UnderLoad.Generator.Site;
using System.Runtime.CompilerServices;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Tests.Diagrams;

/// <summary>
/// A throwaway input/ folder (pages + diagrams-cache) next to the repository's real theme/ (package.json and the
/// npm-installed Mermaid), and a way to run <see cref="RenderDiagrams"/> over it the way a build does.
/// </summary>
internal sealed class DiagramSite : IDisposable
{
    public const string Sequence = """
        sequenceDiagram
            accTitle: A client asks a server
            accDescr: The client sends a request and the server answers with a response.
            participant C as Client
            participant S as Server
            C->>S: GET /orders/42
            S-->>C: 200 OK
        """;

    public DiagramSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "diagrams-" + Guid.NewGuid().ToString("N")[..8]);
        InputDir = Path.Combine(Root, "input");
        Directory.CreateDirectory(Path.Combine(InputDir, "topics"));
    }

    public string Root { get; }
    public string InputDir { get; }
    public string CacheDir => Path.Combine(InputDir, "diagrams-cache");
    public static string ThemeDir => Path.Combine(RepositoryRoot(), "theme");

    /// <summary>Browsers started by the builds of this site.</summary>
    public int RendererStarts;

    /// <summary>A page: front matter of <paramref name="frontMatterLines"/> lines, then <paramref name="body"/>.</summary>
    public Document Page(string name, string body, int frontMatterLines = 4)
    {
        var path = Path.Combine(InputDir, "topics", name);
        var frontMatter = "---\ntitle: T\n" + string.Concat(Enumerable.Repeat("summary: S\n", frontMatterLines - 3)) + "---\n";
        File.WriteAllText(path, frontMatter + body);
        return new Document
        {
            SourcePath = path,
            RelativePath = "topics/" + name,
            OutputPath = "topics/" + Path.ChangeExtension(name, ".html"),
            Content = body,
            BodyLineOffset = frontMatterLines,
            Syntax = Markdig.Markdown.Parse(body, UnderLoad.Generator.Modules.RenderMarkdown.BuildPipeline(includes: true)), // as ParseMarkdown does
        };
    }

    public void WriteInput(string inputRelative, string text)
    {
        var path = Path.Combine(InputDir, inputRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public (DiagramStore Store, BuildContext Context) Build(IReadOnlyList<Document> pages, bool strict = false,
        Func<string, int, Task<MermaidRenderer>>? startRenderer = null)
    {
        var options = new BuildOptions { InputDir = InputDir, ThemeDir = ThemeDir, OutputDir = Path.Combine(Root, "output"), Strict = strict };
        var context = new BuildContext(options, new SiteConfig(), Path.Combine(Root, "staging"));
        var module = new RenderDiagrams(startRenderer: startRenderer ?? ((bundle, pages) =>
        {
            Interlocked.Increment(ref RendererStarts);
            return MermaidRenderer.StartAsync(bundle, pages);
        }));
        var output = module.Execute(pages, context);
        Assert.Equal(pages, output);
        return (context.Get(Products.Diagrams), context);
    }

    public static string Fence(string source) => "```mermaid\n" + source + "\n```\n";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(here), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "theme", "package.json")) && Directory.Exists(Path.Combine(dir, "generator")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("repository root (with theme/package.json) not found");
    }
}
