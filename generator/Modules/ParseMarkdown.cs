using Markdig;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: <see cref="Document.Syntax"/> for the pages that may hold a diagram, the body parsed once by Markdig with the
/// site's pipeline (<see cref="RenderMarkdown.BuildPipeline"/>). Diagrams are found in this tree (all of them before
/// any page is rendered, so Chromium draws the new ones in one go), includes resolved on it and the body, its links,
/// headings and search sections written from it; nothing parses the page again. A page without "mermaid" or ".mmd"
/// in its text cannot hold one: <see cref="RenderMarkdown"/> parses it where it renders it, so its tree lives for one
/// page, not for the whole site between the two modules (at 30,000 pages that was 860 MB of trees held at once).
/// </summary>
public sealed class ParseMarkdown : PerDocumentModule
{
    private MarkdownPipeline? _pipeline;

    public override string Phase => "parse";

    public override IReadOnlyList<Product> Needs => [Products.FrontMatter];

    public override IReadOnlyList<Product> Produces => [Products.Syntax];

    protected override void Before(IReadOnlyList<Document> documents, BuildContext context) => _pipeline = RenderMarkdown.BuildPipeline(includes: true);

    protected override Document? Process(Document document, BuildContext context) =>
        Diagrams.DiagramSyntax.MayAppearIn(document.Content) ? document with { Syntax = Markdown.Parse(document.Content, _pipeline!) } : document;
}
