using UnderLoad.Snippets.QueryOptimization;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.QueryOptimization;

public class JoinAlgorithmTests
{
    private sealed record Customer(int Id, string Region);
    private sealed record Order(long Id, int CustomerId, decimal Amount);

    // Deterministic data with duplicate keys on the order side and customers without orders.
    private static readonly Customer[] Customers =
        Enumerable.Range(1, 200).Select(i => new Customer(i, i % 2 == 0 ? "north" : "south")).ToArray();
    private static readonly Order[] Orders =
        Enumerable.Range(1, 2000).Select(i => new Order(i, (i * 37) % 150 + 1, i % 97)).ToArray();

    private static string[] Canonical(IEnumerable<(Order O, Customer C)> rows) =>
        rows.Select(r => $"{r.O.Id}:{r.C.Id}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void All_three_algorithms_return_the_same_rows()
    {
        var nl = new JoinAlgorithms();
        var hash = new JoinAlgorithms();
        var merge = new JoinAlgorithms();

        var a = Canonical(nl.NestedLoop(Orders, Customers, o => o.CustomerId, c => c.Id));
        var b = Canonical(hash.HashJoin(Orders, Customers, o => o.CustomerId, c => c.Id));
        var c = Canonical(merge.MergeJoin(
            Orders.OrderBy(o => o.CustomerId).ToList(), Customers.OrderBy(x => x.Id).ToList(), o => o.CustomerId, x => x.Id)
            .Select(r => (r.Left, r.Right)));

        Assert.Equal(Orders.Length, a.Length);   // every order has exactly one customer
        Assert.Equal(a, b);
        Assert.Equal(a, c);

        // The work differs by orders of magnitude: n·m against n+m.
        Assert.Equal(Orders.Length * Customers.Length, nl.Comparisons);
        Assert.Equal(Orders.Length, hash.Comparisons);
        Assert.True(merge.Comparisons <= 2 * (Orders.Length + Customers.Length));
        Snapshot.Verify($"""
            algorithm    rows  key comparisons / probes
            nested loop  {a.Length,4}  {nl.Comparisons,9:N0}
            hash join    {b.Length,4}  {hash.Comparisons,9:N0}
            merge join   {c.Length,4}  {merge.Comparisons,9:N0}
            """, "Work");
    }

    [Fact]
    public void Merge_join_emits_the_cross_product_of_duplicate_runs()
    {
        var left = new[] { 1, 2, 2, 3, 5 };
        var right = new[] { 2, 2, 2, 4, 5, 5 };
        var rows = new JoinAlgorithms().MergeJoin(left, right, x => x, x => x).ToList();
        Assert.Equal(2 * 3 + 1 * 2, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Left, r.Right));
        var expected = new JoinAlgorithms().NestedLoop(left, right, x => x, x => x).Count();
        Assert.Equal(expected, rows.Count);
    }
}
