using System.Collections.Immutable;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// One page on its way from input/ to output/. Immutable: a module returns a changed copy
/// (<c>doc with { ... }</c>). <see cref="Content"/> is the raw markdown when read, the body HTML
/// after RenderMarkdown, and the whole page after ApplyLayout.
/// </summary>
public sealed record Document
{
    /// <summary>Absolute path of the source file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Path relative to the input folder, with '/' separators (what errors print).</summary>
    public required string RelativePath { get; init; }

    /// <summary>Path relative to the output folder, with '/' separators, e.g. topics/01-http.html.</summary>
    public required string OutputPath { get; init; }

    public required string Content { get; init; }

    /// <summary>Validated front matter, once ExtractFrontMatter has run.</summary>
    public FrontMatter? FrontMatter { get; init; }

    /// <summary>Lines before the markdown body (the front matter block), so body line N is file line N + offset.</summary>
    public int BodyLineOffset { get; init; }

    /// <summary>Whatever modules add for later ones: headings, links, search sections, ...</summary>
    public ImmutableDictionary<string, object> Metadata { get; init; } = ImmutableDictionary<string, object>.Empty;

    /// <summary>"Display path" for messages: input-relative, as a contributor sees it in the repository.</summary>
    public string DisplayPath => "input/" + RelativePath;

    /// <summary>From this page's folder up to the site root, e.g. "../" for topics/x.html and "" for index.html.</summary>
    public string RootPrefix => string.Concat(Enumerable.Repeat("../", OutputPath.Count(c => c == '/')));

    public T? Get<T>(string key) where T : class => Metadata.TryGetValue(key, out var value) ? value as T : null;

    public Document With(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };
}

/// <summary>The front matter schema: these keys and no others.</summary>
public sealed record FrontMatter
{
    public string Title { get; init; } = "";
    public int? Topic { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Related { get; init; } = [];
}
