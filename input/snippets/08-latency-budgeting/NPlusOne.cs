using Microsoft.Data.Sqlite;

namespace UnderLoad.Snippets.LatencyBudgeting;

public sealed record OrderLine(long OrderId, string Sku, int Quantity);
public sealed record Order(long Id, decimal Total, List<OrderLine> Lines);

// <CountingDb>
/// <summary>Every statement sent to the database goes through here, so a test (or a metric)
/// can count round trips per request.</summary>
public sealed class CountingDb(SqliteConnection connection)
{
    public int RoundTrips { get; private set; }

    public SqliteDataReader Query(string sql, params (string Name, object Value)[] args)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        RoundTrips++;
        return cmd.ExecuteReader();
    }
}
// </CountingDb>

public static class OrderQueries
{
    // <NPlusOne>
    // 1 query for the orders, then 1 per order for its lines: N + 1 round trips.
    public static List<Order> LoadOrdersNPlusOne(CountingDb db, long customerId)
    {
        var orders = new List<Order>();
        using (var r = db.Query("SELECT id, total FROM orders WHERE customer_id = $c ORDER BY id",
                   ("$c", customerId)))
            while (r.Read()) orders.Add(new Order(r.GetInt64(0), r.GetDecimal(1), []));

        foreach (var order in orders)
        {
            using var r = db.Query(
                "SELECT order_id, sku, quantity FROM order_lines WHERE order_id = $o ORDER BY id",
                ("$o", order.Id));
            while (r.Read()) order.Lines.Add(new OrderLine(r.GetInt64(0), r.GetString(1), r.GetInt32(2)));
        }
        return orders;
    }
    // </NPlusOne>

    // <Batched>
    // One statement: the join returns every order with its lines; group in memory.
    public static List<Order> LoadOrdersBatched(CountingDb db, long customerId)
    {
        var byId = new Dictionary<long, Order>();
        var orders = new List<Order>();
        using var r = db.Query("""
            SELECT o.id, o.total, l.sku, l.quantity
            FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id
            WHERE o.customer_id = $c
            ORDER BY o.id, l.id
            """, ("$c", customerId));
        while (r.Read())
        {
            long id = r.GetInt64(0);
            if (!byId.TryGetValue(id, out var order))
            {
                order = new Order(id, r.GetDecimal(1), []);
                byId.Add(id, order);
                orders.Add(order);
            }
            if (!r.IsDBNull(2)) order.Lines.Add(new OrderLine(id, r.GetString(2), r.GetInt32(3)));
        }
        return orders;
    }
    // </Batched>
}
