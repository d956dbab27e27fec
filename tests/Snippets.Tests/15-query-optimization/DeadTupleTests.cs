using UnderLoad.Snippets.QueryOptimization;
using UnderLoad.Snippets.Tests.Infrastructure;
using static UnderLoad.Snippets.QueryOptimization.ReportDatabase;

namespace UnderLoad.Snippets.Tests.QueryOptimization;

public class DeadTupleTests(PostgresFixture pg) : IClassFixture<PostgresFixture>
{
    [SkippableFact]
    public async Task Updates_leave_dead_tuples_that_vacuum_removes_but_only_vacuum_full_shrinks()
    {
        RequiredServer.SkipUnlessAvailable(pg.UnavailableReason);
        await using var conn = await OpenAsync(await pg.CreateDatabaseAsync("vacuum"));
        await ExecuteAsync(conn, LoadSql);
        await ExecuteAsync(conn, "VACUUM orders");
        var fresh = await TableHealthProbe.ReadAsync(conn, "orders");
        Assert.Equal(0, fresh.DeadTuples);

        // An UPDATE writes a new row version; the old one stays until VACUUM: 40,000 dead tuples.
        await ExecuteAsync(conn, "UPDATE orders SET status = 'shipped' WHERE id % 5 = 0");
        var updated = await TableHealthProbe.ReadAsync(conn, "orders");
        Assert.Equal(40_000, updated.DeadTuples);
        Assert.True(updated.Pages > fresh.Pages);

        await ExecuteAsync(conn, "VACUUM orders");
        var vacuumed = await TableHealthProbe.ReadAsync(conn, "orders");
        Assert.Equal(0, vacuumed.DeadTuples);
        Assert.Equal(updated.Pages, vacuumed.Pages);        // space is reusable, not returned to the OS
        Assert.Equal(vacuumed.Pages, vacuumed.AllVisiblePages);

        await ExecuteAsync(conn, "VACUUM FULL orders");        // rewrites the table under an ACCESS EXCLUSIVE lock
        var full = await TableHealthProbe.ReadAsync(conn, "orders");
        Assert.True(full.Pages < vacuumed.Pages);          // rows are rewritten densely: the file shrinks

        Snapshot.Verify($"""
            step                       n_dead_tup  pages
            loaded + VACUUM            {fresh.DeadTuples,10}  {fresh.Pages,5}
            UPDATE 40,000 rows         {updated.DeadTuples,10}  {updated.Pages,5}
            VACUUM                     {vacuumed.DeadTuples,10}  {vacuumed.Pages,5}
            VACUUM FULL                {full.DeadTuples,10}  {full.Pages,5}
            """, "DeadTuples");
    }
}
