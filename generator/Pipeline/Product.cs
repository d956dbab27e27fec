namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// Something one module makes for later ones: a site-wide value kept in <see cref="BuildContext"/> (the navigation,
/// the diagram store) or a stage of every page (its front matter, its body as HTML). Modules list the products they
/// need and make (<see cref="IModule.Needs"/>, <see cref="IModule.Produces"/>), and <see cref="PipelineOrder"/> checks
/// the list before anything runs, so a module moved above what it reads fails at start with its name.
/// </summary>
public class Product(string name)
{
    /// <summary>What it is, in words for a message: "the navigation".</summary>
    public string Name { get; } = name;

    public override string ToString() => Name;
}
