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
