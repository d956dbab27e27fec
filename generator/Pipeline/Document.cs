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

    /// <summary>The file's path in the repository (ReadGitHistory), for "Edit this page".</summary>
    public string? RepositoryPath { get; init; }

    /// <summary>The date of the file's last commit (ReadGitHistory), or null outside git.</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Output path of the page's social card, its og:image (RenderSocialCards).</summary>
    public string? SocialImage { get; init; }

    /// <summary>Scripts only this page loads, output-relative (AddDiagramAssets: the Mermaid fallback).</summary>
    public IReadOnlyList<string> ExtraScripts { get; init; } = [];

    /// <summary>A generated page served at any depth (404): links are rooted at this path instead of relative.</summary>
    public string? AbsoluteRoot { get; init; }

    /// <summary>Left out of search, the sitemap and the reading order (404).</summary>
    public bool NoIndex { get; init; }

    /// <summary>The layout in theme/layouts/ the page is laid out with.</summary>
    public string Layout { get; init; } = "page";

    /// <summary>
    /// The body's markdown syntax tree, made by ParseMarkdown for a page that may hold a diagram and kept until
    /// RenderMarkdown has written it; null for other pages, which RenderMarkdown parses itself.
    /// </summary>
    public Markdig.Syntax.MarkdownDocument? Syntax { get; init; }

    /// <summary>
    /// The rendered body is in <see cref="BuildContext.Bodies"/> at this place and <see cref="Content"/> is empty, from
    /// RenderMarkdown until ApplyLayout takes it back.
    /// </summary>
    public StoredBody? StoredBody { get; init; }

    /// <summary>The laid-out page is in the staging folder at its output path (WritePages) and <see cref="Content"/> is empty.</summary>
    public bool Staged { get; init; }

    /// <summary>The page as the offline book shows it (RenderMarkdown, for a page in the book's reading order).</summary>
    public Offline.BookSection? BookSection { get; init; }

    /// <summary>Ids, links, table of contents and search sections of the body (RenderMarkdown; the layout's links are added by CollectLayoutLinks).</summary>
    public Modules.PageStructure? Structure { get; init; }

    /// <summary>Where the body sits in the laid-out page (ApplyLayout), so layout links are read around it.</summary>
    public Modules.BodyRange? Body { get; init; }

    /// <summary>The input folder as messages print it, with its slash ("input/", "../docs/"; ReadFiles sets it from --input).</summary>
    public string DisplayRoot { get; init; } = "input/";

    /// <summary>"Display path" for messages: the path the user gave, relative to the working directory.</summary>
    public string DisplayPath => DisplayRoot + RelativePath;

    /// <summary>From this page's folder up to the site root, e.g. "../" for topics/x.html and "" for index.html.</summary>
    public string RootPrefix => string.Concat(Enumerable.Repeat("../", OutputPath.Count(c => c == '/')));
}
