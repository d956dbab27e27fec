using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Pipeline;

/// <summary>Module order is meaning: a module moved above what it reads fails before anything runs, with its name.</summary>
public sealed class PipelineOrderTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_site_pipeline_is_in_an_order_that_works() =>
        PipelineOrder.Check(SitePipeline.Modules(_site.Options()));

    [Fact]
    public void Rendering_markdown_before_includes_are_prepared_fails_at_start_naming_both_modules()
    {
        // Swapped, this pipeline used to build "successfully" with every snippet shipped as a bare link.
        var modules = SitePipeline.Modules(_site.Options()).ToList();
        var prepare = modules.FindIndex(m => m is PrepareIncludes);
        var render = modules.FindIndex(m => m is RenderMarkdown);
        (modules[prepare], modules[render]) = (modules[render], modules[prepare]);
        _site.Write("topics/a.md", TestSite.Page("A", "S.", topic: 1) + "\nText.\n");

        var error = Assert.Throws<PipelineOrderException>(() => SiteBuilder.Build(_site.Options(), modules));

        Assert.Contains("RenderMarkdown needs the include resolver", error.Message, StringComparison.Ordinal);
        Assert.Contains("move RenderMarkdown after PrepareIncludes", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output)); // nothing ran, nothing was written
    }

    [Fact]
    public void A_module_whose_input_no_module_makes_is_named()
    {
        var modules = SitePipeline.Modules(_site.Options()).Where(m => m is not BuildNavigation).ToList();

        var error = Assert.Throws<PipelineOrderException>(() => PipelineOrder.Check(modules));

        Assert.Contains("RenderSocialCards needs the navigation, which no module makes", error.Message, StringComparison.Ordinal);
    }
}
