namespace UnderLoad.Generator.Pipeline;

/// <summary>A step of the pipeline: takes the documents, returns new ones. Named for what it does.</summary>
public interface IModule
{
    /// <summary>The phase its time counts towards in <c>build --timings</c>.</summary>
    string Phase { get; }

    /// <summary>What it reads that earlier modules make (checked by <see cref="PipelineOrder"/> before a build).</summary>
    IReadOnlyList<Product> Needs { get; }

    /// <summary>What it makes for later modules.</summary>
    IReadOnlyList<Product> Produces { get; }

    IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context);
}

/// <summary>A module that handles each document on its own, so the runner can do them in parallel.</summary>
public abstract class PerDocumentModule : IModule
{
    public abstract string Phase { get; }

    public abstract IReadOnlyList<Product> Needs { get; }

    public abstract IReadOnlyList<Product> Produces { get; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        Before(documents, context);
        var results = new Document?[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            try
            {
                results[i] = Process(documents[i], context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                PageFailure.Report(documents[i], e, context, GetType().Name);
            }
        });
        return results.Where(d => d is not null).ToList()!;
    }

    /// <summary>Site-wide preparation before the documents are processed (optional).</summary>
    protected virtual void Before(IReadOnlyList<Document> documents, BuildContext context) { }

    /// <summary>Returns the changed document, or null to drop it (after reporting why).</summary>
    protected abstract Document? Process(Document document, BuildContext context);
}
