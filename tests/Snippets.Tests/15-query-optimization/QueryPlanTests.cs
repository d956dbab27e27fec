using Npgsql;
using UnderLoad.Snippets.QueryOptimization;
using UnderLoad.Snippets.Tests.Infrastructure;
using static UnderLoad.Snippets.QueryOptimization.ReportDatabase;

namespace UnderLoad.Snippets.Tests.QueryOptimization;

public class QueryPlanTests(PostgresFixture pg) : IClassFixture<PostgresFixture>
{
    private const string CustomerTotal = "SELECT sum(amount) FROM orders WHERE customer_id = 42";
    private const string FewCustomersJoin =
        "SELECT c.name, o.amount FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.id BETWEEN 100 AND 104";
    private const string RegionReport =
        "SELECT c.region, sum(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.region";

    private async Task<NpgsqlConnection> LoadedAsync(string name)
    {
        RequiredServer.SkipUnlessAvailable(pg.UnavailableReason);
        var conn = await OpenAsync(await pg.CreateDatabaseAsync(name));
        await ExecuteAsync(conn, LoadSql);
        return conn;
    }

    private static async Task<decimal> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (decimal)(await cmd.ExecuteScalarAsync())!;
    }

    [SkippableFact]
    public async Task Plan_moves_from_seq_scan_to_bitmap_to_index_only_scan()
    {
        await using var conn = await LoadedAsync("plans");
        var expected = await ScalarAsync(conn, CustomerTotal);

        var seq = await ExplainAsync(conn, CustomerTotal);
        Assert.Equal(["Aggregate", "Seq Scan"], NodeTypes(seq));
        Snapshot.Verify(Render(seq), "SeqScan");

        await ExecuteAsync(conn, "CREATE INDEX orders_customer_idx ON orders (customer_id)");
        var bitmap = await ExplainAsync(conn, CustomerTotal);
        Assert.Equal(["Aggregate", "Bitmap Heap Scan", "Bitmap Index Scan"], NodeTypes(bitmap));
        Snapshot.Verify(Render(bitmap), "BitmapScan");

        // Covering: amount rides along in the index leaf pages, but is not part of the key.
        await ExecuteAsync(conn, "DROP INDEX orders_customer_idx; CREATE INDEX orders_customer_amount_idx ON orders (customer_id) INCLUDE (amount); ANALYZE orders");
        Assert.Equal(0, (await TableHealthProbe.ReadAsync(conn, "orders")).AllVisiblePages);
        var covering = await ExplainAsync(conn, CustomerTotal);
        Assert.Equal(["Aggregate", "Bitmap Heap Scan", "Bitmap Index Scan"], NodeTypes(covering));
        Snapshot.Verify(Render(covering), "CoveringBeforeVacuum");

        // VACUUM sets the visibility map: now the heap need not be visited at all.
        await ExecuteAsync(conn, "VACUUM orders");
        var health = await TableHealthProbe.ReadAsync(conn, "orders");
        Assert.Equal(health.Pages, health.AllVisiblePages);
        var indexOnly = await ExplainAsync(conn, CustomerTotal, analyze: true);
        Assert.Equal(["Aggregate", "Index Only Scan"], NodeTypes(indexOnly));
        Assert.Equal(0, indexOnly.GetProperty("Plans")[0].GetProperty("Heap Fetches").GetInt64());
        Snapshot.Verify(Render(indexOnly), "IndexOnlyScan");

        // Writes clear visibility-map bits: the same plan now has to visit the heap again.
        await ExecuteAsync(conn, "UPDATE orders SET status = 'disputed' WHERE customer_id = 42");
        var afterWrites = await ExplainAsync(conn, CustomerTotal, analyze: true);
        Assert.Equal("Index Only Scan", afterWrites.GetProperty("Plans")[0].GetProperty("Node Type").GetString());
        Assert.True(afterWrites.GetProperty("Plans")[0].GetProperty("Heap Fetches").GetInt64() >= 100);

        Assert.Equal(expected, await ScalarAsync(conn, CustomerTotal)); // same answer, every plan
    }

    [SkippableFact]
    public async Task Join_choice_depends_on_an_index_on_the_join_key()
    {
        await using var conn = await LoadedAsync("joins");

        var withoutIndex = await ExplainAsync(conn, FewCustomersJoin);
        Assert.Equal("Hash Join", withoutIndex.GetProperty("Node Type").GetString());
        Snapshot.Verify(Render(withoutIndex), "JoinWithoutIndex");

        await ExecuteAsync(conn, "CREATE INDEX orders_customer_idx ON orders (customer_id); ANALYZE orders");
        var withIndex = await ExplainAsync(conn, FewCustomersJoin);
        Assert.Equal("Nested Loop", withIndex.GetProperty("Node Type").GetString());
        Assert.Contains("Bitmap Index Scan", NodeTypes(withIndex));
        Snapshot.Verify(Render(withIndex), "JoinWithIndex");

        // The whole-table report still hashes: 200,000 index probes cost more than one pass.
        var report = await ExplainAsync(conn, RegionReport);
        Assert.Equal(["Aggregate", "Hash Join", "Seq Scan", "Hash", "Seq Scan"], NodeTypes(report));
        Snapshot.Verify(Render(report), "ReportHashJoin");

        // Forbid hash and nested-loop joins (for the demonstration only) to see the merge join.
        await ExecuteAsync(conn, "SET enable_hashjoin = off; SET enable_nestloop = off");
        var merge = await ExplainAsync(conn, RegionReport);
        Assert.Equal("Merge Join", merge.GetProperty("Plans")[0].GetProperty("Node Type").GetString());
        Snapshot.Verify(Render(merge), "ReportMergeJoin");
    }
}
