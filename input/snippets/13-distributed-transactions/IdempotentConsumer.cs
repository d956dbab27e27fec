using Npgsql;

namespace UnderLoad.Snippets.DistributedTransactions;

public sealed class IdempotentConsumer(NpgsqlDataSource db)
{
    // <ConsumerSchema>
    public const string Schema = """
        CREATE TABLE processed_messages (
            message_id   uuid PRIMARY KEY,
            processed_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE loyalty_points (
            customer_id bigint PRIMARY KEY,
            points      bigint NOT NULL
        );
        """;
    // </ConsumerSchema>

    /// <summary>Test hook: fail after the effect, before the commit.</summary>
    public bool CrashBeforeCommit { get; set; }

    // <Handle>
    /// <returns>true when the message had its effect now; false when it was a duplicate.</returns>
    public async Task<bool> HandleAsync(Guid messageId, long customerId, int points, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        // The de-duplication record and the effect share one transaction.
        await using (var seen = new NpgsqlCommand(
            "INSERT INTO processed_messages (message_id) VALUES ($1) ON CONFLICT DO NOTHING", conn, tx))
        {
            seen.Parameters.Add(new() { Value = messageId });
            if (await seen.ExecuteNonQueryAsync(ct) == 0) return false; // already processed: ack and skip
        }

        await using (var effect = new NpgsqlCommand("""
            INSERT INTO loyalty_points (customer_id, points) VALUES ($1, $2)
            ON CONFLICT (customer_id) DO UPDATE SET points = loyalty_points.points + EXCLUDED.points
            """, conn, tx))
        {
            effect.Parameters.Add(new() { Value = customerId });
            effect.Parameters.Add(new() { Value = (long)points });
            await effect.ExecuteNonQueryAsync(ct);
        }

        if (CrashBeforeCommit) throw new InvalidOperationException("consumer crashed before commit");
        await tx.CommitAsync(ct); // a crash before this line rolls back both: redelivery applies it once
        return true;
    }
    // </Handle>
}
