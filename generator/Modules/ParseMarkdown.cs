using Markdig;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: <see cref="Document.Syntax"/>, the page body parsed once by Markdig with the site's pipeline
/// (<see cref="RenderMarkdown.BuildPipeline"/>). Diagrams are found in this tree, includes resolved on it and the
/// body, its links, headings and search sections written from it; nothing parses the page again.
/// </summary>
public sealed class ParseMarkdown : PerDocumentModule
{
    private MarkdownPipeline? _pipeline;

    public override string Phase => "parse";

    public override IReadOnlyList<Product> Needs => [Products.FrontMatter];

    public override IReadOnlyList<Product> Produces => [Products.Syntax];

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context) => _pipeline = RenderMarkdown.BuildPipeline(includes: true);

    protected override Document? Process(Document document, BuildContext context) =>
        document with { Syntax = Markdown.Parse(document.Content, _pipeline!) };
}
