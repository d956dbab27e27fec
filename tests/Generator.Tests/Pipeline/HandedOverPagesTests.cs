using UnderLoad.Generator.Pipeline;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Pipeline;

/// <summary>A per-page module lets go of the pages it was handed as it takes them up, and still returns every page.</summary>
public sealed class HandedOverPagesTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private sealed class Upper : PerDocumentModule
    {
        public override string Phase => "test";

        public override IReadOnlyList<Product> Needs => [];

        public override IReadOnlyList<Product> Produces => [];

        protected override Document? Process(Document document, BuildContext context) => document with { Content = document.Content.ToUpperInvariant() };
    }

    private static Document Page(int i) => new() { SourcePath = $"/p{i}.md", RelativePath = $"p{i}.md", OutputPath = $"p{i}.html", Content = $"page {i}" };

    [Fact]
    public void Handed_over_pages_are_let_go_and_every_result_is_returned_in_order()
    {
        var handed = new HandedOverPages(Enumerable.Range(0, 50).Select(Page).ToList());
        var context = new BuildContext(_site.Options(), new UnderLoad.Generator.Site.SiteConfig(), _site.Root);

        var results = new Upper().Execute(handed, context);

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"PAGE {i}"), results.Select(d => d.Content));
        var error = Assert.Throws<InvalidOperationException>(() => handed[7]);
        Assert.Contains("page 7 was let go", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_that_was_not_handed_over_is_left_as_it_was()
    {
        var pages = Enumerable.Range(0, 5).Select(Page).ToList();
        var context = new BuildContext(_site.Options(), new UnderLoad.Generator.Site.SiteConfig(), _site.Root);

        new Upper().Execute(pages, context);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"page {i}"), pages.Select(d => d.Content));
    }
}
