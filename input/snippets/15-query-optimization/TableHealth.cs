using Npgsql;

namespace UnderLoad.Snippets.QueryOptimization;

// <TableHealth>
public sealed record TableHealth(long LiveTuples, long DeadTuples, long Pages, long AllVisiblePages);

public static class TableHealthProbe
{
    /// <summary>What autovacuum looks at: the cumulative statistics' live/dead tuple counts, plus the
    /// table's size and how much of it the visibility map marks all-visible.</summary>
    public static async Task<TableHealth> ReadAsync(NpgsqlConnection conn, string table)
    {
        // Statistics are flushed by each backend at most once a second (PostgreSQL 15+);
        // force ours out so the numbers include the statement we just ran.
        await using (var flush = new NpgsqlCommand("SELECT pg_stat_force_next_flush()", conn))
            await flush.ExecuteNonQueryAsync();

        await using var cmd = new NpgsqlCommand("""
            SELECT s.n_live_tup, s.n_dead_tup,
                   pg_relation_size(c.oid) / current_setting('block_size')::int,
                   c.relallvisible::bigint
            FROM pg_stat_user_tables s
            JOIN pg_class c ON c.oid = s.relid
            WHERE s.relname = $1
            """, conn);
        cmd.Parameters.Add(new() { Value = table });
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        return new(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3));
    }
}
// </TableHealth>
