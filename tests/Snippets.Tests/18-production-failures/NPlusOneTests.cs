using UnderLoad.Snippets.ProductionFailures;

namespace UnderLoad.Snippets.Tests.ProductionFailures;

public class NPlusOneTests
{
    // 500 orders from 180 distinct customers.
    private static readonly Order[] Orders =
        Enumerable.Range(1, 500).Select(i => new Order(i, CustomerId: i % 180)).ToArray();

    [Fact]
    public async Task Naive_enrichment_makes_one_call_per_order()
    {
        var client = new CustomerClient();

        var views = await OrderEnricher.NaiveAsync(Orders, client);

        Assert.Equal(500, views.Count);
        Assert.Equal(500, client.RoundTrips);
    }

    [Fact]
    public async Task Batched_enrichment_makes_one_call_per_chunk_of_distinct_ids()
    {
        var client = new CustomerClient();

        var views = await OrderEnricher.BatchedAsync(Orders, client, maxBatch: 100);

        Assert.Equal(2, client.RoundTrips); // 180 distinct ids, 100 per call
        Assert.Equal(500, views.Count);
        Assert.Equal("customer-7", views.Single(v => v.OrderId == 187).CustomerName);
    }

    [Fact]
    public async Task Both_paths_return_the_same_views()
    {
        var naive = await OrderEnricher.NaiveAsync(Orders, new CustomerClient());
        var batched = await OrderEnricher.BatchedAsync(Orders, new CustomerClient(), maxBatch: 50);
        Assert.Equal(naive, batched);
    }
}
