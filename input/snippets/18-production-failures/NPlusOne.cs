namespace UnderLoad.Snippets.ProductionFailures;

public sealed record Order(int Id, int CustomerId);

public sealed record Customer(int Id, string Name);

public sealed record OrderView(int OrderId, string CustomerName);

/// <summary>A remote customer service; every method call is one network round trip.</summary>
public sealed class CustomerClient
{
    private int _roundTrips;

    public int RoundTrips => _roundTrips;

    public Task<Customer> GetAsync(int id)
    {
        Interlocked.Increment(ref _roundTrips);
        return Task.FromResult(new Customer(id, $"customer-{id}"));
    }

    public Task<IReadOnlyList<Customer>> GetManyAsync(IReadOnlyCollection<int> ids)
    {
        Interlocked.Increment(ref _roundTrips);
        IReadOnlyList<Customer> found = ids.Select(id => new Customer(id, $"customer-{id}")).ToList();
        return Task.FromResult(found);
    }
}

public static class OrderEnricher
{
    // <NPlusOne>
    /// <summary>One call for the order list (not shown), then one call per order: N + 1.</summary>
    public static async Task<List<OrderView>> NaiveAsync(IEnumerable<Order> orders, CustomerClient customers)
    {
        var views = new List<OrderView>();
        foreach (var order in orders)
        {
            var customer = await customers.GetAsync(order.CustomerId);
            views.Add(new OrderView(order.Id, customer.Name));
        }
        return views;
    }
    // </NPlusOne>

    // <Batched>
    /// <summary>Distinct ids, chunked to what the remote API accepts, one call per chunk.</summary>
    public static async Task<List<OrderView>> BatchedAsync(
        IReadOnlyList<Order> orders, CustomerClient customers, int maxBatch)
    {
        var ids = orders.Select(o => o.CustomerId).Distinct().ToArray();
        var batches = await Task.WhenAll(ids.Chunk(maxBatch).Select(chunk => customers.GetManyAsync(chunk)));
        var byId = batches.SelectMany(b => b).ToDictionary(c => c.Id);
        return orders.Select(o => new OrderView(o.Id, byId[o.CustomerId].Name)).ToList();
    }
    // </Batched>
}
