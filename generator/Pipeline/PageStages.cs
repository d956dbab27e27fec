namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Per-page modules run together, page by page: each page goes through every stage, in order, before its worker takes
/// the next page. What the stages make for a page (its laid-out HTML) is written and let go at once instead of being
/// held for the whole site until the next module starts, so memory stays bounded by the pages in flight, not the site.
/// Handed the pages by the runner (<see cref="HandedOverPages"/>), it lets go of each input page as it takes it up.
/// The stages keep their own needs and products: <see cref="PipelineOrder"/> checks them as if they were listed one by one.
/// </summary>
public sealed class PageStages(params PerDocumentModule[] stages) : IModule
{
    public IReadOnlyList<PerDocumentModule> Stages { get; } = stages;

    /// <summary>The first stage's phase: the time of the others counts towards it in <c>build --timings</c>.</summary>
    public string Phase => Stages[0].Phase;

    public IReadOnlyList<Product> Needs =>
        Stages.SelectMany((stage, i) => stage.Needs.Where(need => !Stages.Take(i).Any(s => s.Produces.Contains(need)))).Distinct().ToList();

    public IReadOnlyList<Product> Produces => Stages.SelectMany(s => s.Produces).Distinct().ToList();

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        foreach (var stage in Stages) stage.Prepare(documents, context);
        var results = new Document?[documents.Count];
        var handedOver = documents as HandedOverPages;
        Parallel.For(0, documents.Count, i =>
        {
            Document? document = documents[i];
            handedOver?.Release(i); // from here on the page is its next version only
            foreach (var stage in Stages)
            {
                document = stage.ProcessOne(document, context);
                if (document is null) break;
            }

            results[i] = document;
        });
        return results.Where(d => d is not null).ToList()!;
    }
}
