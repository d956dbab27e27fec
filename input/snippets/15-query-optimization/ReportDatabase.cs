using System.Text;
using System.Text.Json;
using Npgsql;

namespace UnderLoad.Snippets.QueryOptimization;

public static class ReportDatabase
{
    // <Load>
    /// <summary>200,000 orders for 2,000 customers, fully deterministic: customer_id = (id * 7919) % 2000 + 1
    /// scatters each customer's 100 orders over 100 different heap pages.</summary>
    public const string LoadSql = """
        CREATE TABLE customers (
            id     int PRIMARY KEY,
            region text NOT NULL,
            name   text NOT NULL
        ) WITH (autovacuum_enabled = off);
        INSERT INTO customers
        SELECT g, (ARRAY['north','south','east','west'])[g % 4 + 1], 'customer ' || g
        FROM generate_series(1, 2000) g;

        CREATE TABLE orders (
            id          bigint PRIMARY KEY,
            customer_id int NOT NULL,
            status      text NOT NULL,
            amount      numeric(10,2) NOT NULL,
            created_at  timestamptz NOT NULL,
            note        text NOT NULL
        ) WITH (autovacuum_enabled = off);  -- only our own VACUUM runs: the demo is deterministic
        INSERT INTO orders
        SELECT g, (g * 7919) % 2000 + 1,
               CASE WHEN g % 10 = 0 THEN 'refunded' ELSE 'paid' END,
               (g % 500) + 0.99,
               timestamptz '2025-01-01 00:00:00+00' + (g % 365) * interval '1 day',
               repeat('x', 60)
        FROM generate_series(1, 200000) g;

        ANALYZE;  -- fresh statistics: the planner's row estimates match the data
        """;
    // </Load>

    /// <summary>Opens a session with parallel query off, so plans are the same on 2 cores and on 64, and
    /// synchronous commit on: VACUUM marks a page all-visible only once its rows carry the "xmin committed"
    /// hint bit, which PostgreSQL may not set before the commit record is flushed to the WAL.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await ExecuteAsync(conn, "SET max_parallel_workers_per_gather = 0; SET synchronous_commit = on");
        return conn;
    }

    public static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    // <Explain>
    /// <summary>The plan tree as JSON: <c>EXPLAIN (FORMAT JSON, COSTS OFF)</c>, with ANALYZE when asked.</summary>
    public static async Task<JsonElement> ExplainAsync(NpgsqlConnection conn, string query, bool analyze = false)
    {
        var options = analyze ? "FORMAT JSON, COSTS OFF, ANALYZE, TIMING OFF, SUMMARY OFF" : "FORMAT JSON, COSTS OFF";
        await using var cmd = new NpgsqlCommand($"EXPLAIN ({options}) {query}", conn);
        var json = (string)(await cmd.ExecuteScalarAsync())!;
        return JsonDocument.Parse(json).RootElement[0].GetProperty("Plan").Clone();
    }

    /// <summary>Every node type in the tree, depth first: what the tests assert on.</summary>
    public static IEnumerable<string> NodeTypes(JsonElement plan)
    {
        yield return plan.GetProperty("Node Type").GetString()!;
        if (plan.TryGetProperty("Plans", out var children))
            foreach (var child in children.EnumerateArray())
                foreach (var t in NodeTypes(child)) yield return t;
    }
    // </Explain>

    /// <summary>Renders the JSON plan like EXPLAIN's text format, keeping only fields that do not vary
    /// between PostgreSQL versions (no costs, timings or buffers).</summary>
    public static string Render(JsonElement plan)
    {
        var sb = new StringBuilder();
        Render(plan, 0, sb);
        return sb.ToString().TrimEnd();
    }

    private static readonly string[] Details =
        ["Group Key", "Hash Cond", "Merge Cond", "Index Cond", "Recheck Cond", "Filter", "Heap Fetches"];

    private static void Render(JsonElement node, int depth, StringBuilder sb)
    {
        var pad = new string(' ', depth * 6);
        var type = node.GetProperty("Node Type").GetString()!;
        if (type == "Aggregate" && node.GetProperty("Strategy").GetString() == "Hashed") type = "HashAggregate";
        sb.Append(depth == 0 ? "" : pad[..^3] + "->  ").Append(type);
        if (node.TryGetProperty("Index Name", out var index))
            sb.Append(type == "Bitmap Index Scan" ? " on " : " using ").Append(index.GetString());
        if (node.TryGetProperty("Relation Name", out var rel))
        {
            sb.Append(" on ").Append(rel.GetString());
            var alias = node.GetProperty("Alias").GetString();
            if (alias != rel.GetString()) sb.Append(' ').Append(alias);
        }
        sb.Append('\n');
        foreach (var key in Details)
        {
            if (!node.TryGetProperty(key, out var value)) continue;
            var text = value.ValueKind == JsonValueKind.Array
                ? string.Join(", ", value.EnumerateArray().Select(v => v.GetString()))
                : value.ToString();
            sb.Append(pad).Append(depth == 0 ? "  " : "   ").Append(key).Append(": ").Append(text).Append('\n');
        }
        if (node.TryGetProperty("Plans", out var children))
            foreach (var child in children.EnumerateArray()) Render(child, depth + 1, sb);
    }
}
