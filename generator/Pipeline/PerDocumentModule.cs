namespace UnderLoad.Generator.Pipeline;

/// <summary>A module that handles each document on its own, so the runner can do them in parallel.</summary>
public abstract class PerDocumentModule : IModule
{
    public abstract string Phase { get; }

    public abstract IReadOnlyList<Product> Needs { get; }

    public abstract IReadOnlyList<Product> Produces { get; }

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        return new PageStages(this).Execute(documents, context); // the one per-page loop: Before, then each page in parallel
    }

    /// <summary>The site-wide preparation, for <see cref="PageStages"/>.</summary>
    internal void Prepare(IReadOnlyList<Document> documents, BuildContext context) => Before(documents, context);

    /// <summary>One page: the changed document, or null when it was dropped or failed (the failure is reported with the page).</summary>
    internal Document? ProcessOne(Document document, BuildContext context)
    {
        try
        {
            return Process(document, context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            PageFailure.Report(document, e, context, GetType().Name);
            return null;
        }
    }

    /// <summary>Site-wide preparation before the documents are processed (optional).</summary>
    protected virtual void Before(IReadOnlyList<Document> documents, BuildContext context) { }

    /// <summary>Returns the changed document, or null to drop it (after reporting why).</summary>
    protected abstract Document? Process(Document document, BuildContext context);
}
