using Microsoft.Data.Sqlite;
using UnderLoad.Snippets.LatencyBudgeting;

namespace UnderLoad.Snippets.Tests.LatencyBudgeting;

public sealed class NPlusOneTests : IDisposable
{
    private readonly SqliteConnection _conn = new("Data Source=:memory:");

    public NPlusOneTests()
    {
        _conn.Open();
        using var cmd = _conn.CreateCommand();
        cmd.CommandText = """
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, total TEXT NOT NULL);
            CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
                                      sku TEXT NOT NULL, quantity INTEGER NOT NULL);
            CREATE INDEX ix_lines_order ON order_lines(order_id);
            """;
        cmd.ExecuteNonQuery();
        for (int o = 1; o <= 50; o++)
        {
            Exec($"INSERT INTO orders VALUES ({o}, {(o % 5 == 0 ? 2 : 1)}, '{o}.50')");
            for (int l = 0; l < o % 4; l++) // some orders have no lines
                Exec($"INSERT INTO order_lines (order_id, sku, quantity) VALUES ({o}, 'SKU-{o}-{l}', {l + 1})");
        }
    }

    private void Exec(string sql)
    {
        using var c = _conn.CreateCommand();
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }

    [Fact]
    public void N_plus_one_makes_a_round_trip_per_order_and_the_join_makes_one()
    {
        var slow = new CountingDb(_conn);
        var a = OrderQueries.LoadOrdersNPlusOne(slow, customerId: 1);

        var fast = new CountingDb(_conn);
        var b = OrderQueries.LoadOrdersBatched(fast, customerId: 1);

        Assert.Equal(40, a.Count);
        Assert.Equal(41, slow.RoundTrips); // 1 + N
        Assert.Equal(1, fast.RoundTrips);

        // same data, same order
        Assert.Equal(a.Select(o => (o.Id, o.Total)), b.Select(o => (o.Id, o.Total)));
        Assert.Equal(a.SelectMany(o => o.Lines), b.SelectMany(o => o.Lines));
        Assert.Contains(b, o => o.Lines.Count == 0);
        Assert.Contains(b, o => o.Lines.Count == 3);
    }

    public void Dispose() => _conn.Dispose();
}
