using System.Globalization;
using System.Text;

namespace UnderLoad.Bench.Build;

/// <summary>
/// A synthetic handbook: pages with front matter (title, summary; no topic and `nav: []`, so there is no site navigation, as in
/// the other tools' minimal layouts), sections, a table, two C# blocks and relative links to other pages' sections.
/// The same markdown is laid out for our generator (input/), Hugo (content/ + minimal layouts) and DocFX (docfx.json).
/// </summary>
public static class Corpus
{
    private static readonly string[] Words =
    [
        "request", "latency", "throughput", "thread", "pool", "queue", "cache", "replica", "leader", "partition",
        "timeout", "retry", "backoff", "budget", "socket", "connection", "handshake", "payload", "schema", "index",
        "transaction", "isolation", "lock", "contention", "backpressure", "stream", "buffer", "allocation", "garbage",
        "collector", "tail", "percentile", "histogram", "trace", "span", "metric", "alert", "deployment", "canary",
        "rollback", "failover", "quorum", "consensus", "idempotent", "message", "broker", "consumer", "offset", "ordering",
        "shard", "rebalance", "hot", "key", "eviction", "TTL", "stale", "invalidate", "token", "signature", "certificate",
        "gateway", "proxy", "load", "balancer", "health", "check", "circuit", "breaker", "bulkhead", "saturation",
        "the", "a", "under", "when", "every", "each", "only", "before", "after", "while", "because", "so", "but", "and",
        "is", "holds", "waits", "fails", "grows", "drops", "serves", "blocks", "returns", "measures", "keeps", "moves",
    ];

    private static readonly string[] Sections = ["Overview", "How it works", "Failure modes", "Measuring it", "In practice", "Checklist"];

    public static string Slug(int i) => "page-" + i.ToString("D4", CultureInfo.InvariantCulture);

    public static string Title(int i, Random random) =>
        $"{Cap(Word(random))} {Word(random)} and {Word(random)} ({i.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>The markdown body (no front matter) of page <paramref name="i"/> of <paramref name="count"/>.</summary>
    public static string Body(int i, int count, Random random, Func<int, string, string> link)
    {
        var sb = new StringBuilder();
        sb.Append(Paragraph(random, 4)).Append("\n\n");
        for (var s = 0; s < Sections.Length; s++)
        {
            sb.Append("## ").Append(Sections[s]).Append("\n\n");
            sb.Append(Paragraph(random, 5));
            var target = random.Next(count);
            if (target != i) sb.Append(" See ").Append(link(target, Anchor(Sections[random.Next(Sections.Length)]))).Append('.');
            sb.Append("\n\n");
            if (s == 1)
            {
                sb.Append("| Setting | Default | Effect |\n| --- | ---: | --- |\n");
                for (var r = 0; r < 5; r++)
                    sb.Append("| `").Append(Word(random)).Append('.').Append(Word(random)).Append("` | ").Append(random.Next(1, 5000)).Append(" | ").Append(Sentence(random)).Append(" |\n");
                sb.Append('\n');
            }

            if (s is 2 or 4) sb.Append(CSharp(random, s)).Append('\n');
            if (s == 3)
            {
                sb.Append("### Details\n\n");
                for (var b = 0; b < 4; b++) sb.Append("- ").Append(Sentence(random)).Append('\n');
                sb.Append('\n').Append("> [!NOTE]\n> ").Append(Sentence(random)).Append("\n\n");
            }
        }

        return sb.ToString();
    }

    public static string Anchor(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private static string CSharp(Random random, int n)
    {
        var name = Cap(Word(random)) + Cap(Word(random));
        return $$"""
            ```csharp
            public sealed class {{name}}Handler(HttpClient client, ILogger<{{name}}Handler> logger)
            {
                // {{Sentence(random)}}
                public async Task<int> HandleAsync(string key, CancellationToken cancellation)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                    timeout.CancelAfter(TimeSpan.FromMilliseconds({{random.Next(50, 2000)}}));
                    var response = await client.GetAsync($"/items/{key}?v={{n}}", timeout.Token);
                    logger.LogInformation("{Key} answered {Status}", key, response.StatusCode);
                    return (int)response.StatusCode;
                }
            }
            ```

            """;
    }

    private static string Paragraph(Random random, int sentences) =>
        string.Join(' ', Enumerable.Range(0, sentences + random.Next(3)).Select(_ => Sentence(random)));

    private static string Sentence(Random random)
    {
        var words = Enumerable.Range(0, random.Next(8, 20)).Select(_ => Word(random)).ToList();
        if (random.Next(4) == 0) words[random.Next(words.Count)] = "`" + Word(random) + "`";
        if (random.Next(5) == 0) words[random.Next(words.Count)] = "**" + Word(random) + "**";
        return Cap(string.Join(' ', words)) + ".";
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Cap(string s) => s.Length == 0 || s[0] == '`' || s[0] == '*' ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Writes the corpus for all three tools under <paramref name="root"/>; returns nothing, throws on IO errors.</summary>
    public static void Write(string root, int count)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var ours = Path.Combine(root, "ours", "input");
        var hugo = Path.Combine(root, "hugo");
        var docfx = Path.Combine(root, "docfx");
        Directory.CreateDirectory(Path.Combine(ours, "pages"));
        Directory.CreateDirectory(Path.Combine(hugo, "content", "pages"));
        Directory.CreateDirectory(Path.Combine(hugo, "layouts", "_default"));
        Directory.CreateDirectory(Path.Combine(docfx, "pages"));

        File.WriteAllText(Path.Combine(ours, "site.yml"), """
            title: Bench Handbook
            description: A synthetic handbook for the build benchmark.
            base_url: https://bench.example
            language: en
            nav: []
            """);
        const string home = "---\ntitle: \"Bench Handbook\"\nsummary: \"A synthetic handbook for the build benchmark.\"\n---\n\nThe pages are under [pages](pages/page-0000.md).\n";
        File.WriteAllText(Path.Combine(ours, "index.md"), home);
        File.WriteAllText(Path.Combine(hugo, "content", "_index.md"), home);
        File.WriteAllText(Path.Combine(docfx, "index.md"), home);

        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var title = Title(i, random);
            var front = $"---\ntitle: \"{title}\"\nsummary: \"What {title.ToLowerInvariant()} means for a service under load.\"\n---\n\n";
            var body = Body(i, count, random, (target, anchor) => $"[{Slug(target)}]({Slug(target)}.md#{anchor})");
            File.WriteAllText(Path.Combine(ours, "pages", Slug(i) + ".md"), front + body);
            File.WriteAllText(Path.Combine(hugo, "content", "pages", Slug(i) + ".md"), front + body);
            File.WriteAllText(Path.Combine(docfx, "pages", Slug(i) + ".md"), front + body);
        }

        // Hugo: a minimal theme with what our layout has that costs time — a page TOC and the content.
        File.WriteAllText(Path.Combine(hugo, "hugo.toml"), """
            baseURL = "https://bench.example/"
            title = "Bench Handbook"
            disableKinds = ["taxonomy", "term", "RSS"]
            [markup.goldmark.renderer]
              unsafe = false
            [markup.highlight]
              noClasses = false
            [markup.tableOfContents]
              startLevel = 2
              endLevel = 3
            """);
        const string layout = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Params.summary }}"><link rel="stylesheet" href="/site.css"></head>
            <body><header><a href="/">{{ .Site.Title }}</a></header>
            <main><h1>{{ .Title }}</h1>{{ .Content }}</main>
            <nav aria-label="On this page">{{ .TableOfContents }}</nav>
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            </body></html>
            """;
        File.WriteAllText(Path.Combine(hugo, "layouts", "_default", "single.html"), layout);
        File.WriteAllText(Path.Combine(hugo, "layouts", "_default", "list.html"), layout);
        File.WriteAllText(Path.Combine(hugo, "layouts", "index.html"), layout);

        File.WriteAllText(Path.Combine(docfx, "docfx.json"), """
            {
              "build": {
                "content": [ { "files": [ "**/*.md" ], "exclude": [ "_site/**" ] } ],
                "output": "_site",
                "template": [ "default" ],
                "globalMetadata": { "_appTitle": "Bench Handbook" }
              }
            }
            """);
    }
}
