using UnderLoad.Generator.MarkdownExtensions.Snippets;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: <see cref="Products.Includes"/>, the resolver of snippet, output and diagram includes that reads
/// input/snippets for this build (regions, tests, coverage); RenderMarkdown parses includes with it.
/// </summary>
public sealed class PrepareIncludes : IModule
{
    public string Phase => "snippets";

    public IReadOnlyList<Product> Needs => [Products.Diagrams];

    public IReadOnlyList<Product> Produces => [Products.Includes];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        context.Set(Products.Includes, new IncludeResolver(context));
        return documents;
    }
}
