using Npgsql;

namespace UnderLoad.Snippets.DistributedTransactions;

public sealed record OutboxMessage(long Position, Guid MessageId, string Topic, string Payload);

public interface IMessagePublisher
{
    /// <summary>Returns when the broker has acknowledged the message.</summary>
    Task PublishAsync(OutboxMessage message, CancellationToken ct);
}

public static class OutboxSchema
{
    // <Schema>
    public const string Sql = """
        CREATE TABLE orders (
            id          uuid PRIMARY KEY,
            customer_id bigint NOT NULL,
            amount      numeric(12,2) NOT NULL CHECK (amount > 0)
        );
        CREATE TABLE outbox (
            position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            message_id   uuid NOT NULL UNIQUE,
            topic        text NOT NULL,
            payload      jsonb NOT NULL,
            published_at timestamptz
        );
        CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL;
        """;
    // </Schema>
}

public sealed class OrderService(NpgsqlDataSource db)
{
    // <PlaceOrder>
    public async Task<Guid> PlaceOrderAsync(Guid orderId, long customerId, decimal amount, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        await using (var insert = new NpgsqlCommand(
            "INSERT INTO orders (id, customer_id, amount) VALUES ($1, $2, $3)", conn, tx))
        {
            insert.Parameters.Add(new() { Value = orderId });
            insert.Parameters.Add(new() { Value = customerId });
            insert.Parameters.Add(new() { Value = amount });
            await insert.ExecuteNonQueryAsync(ct);
        }

        var messageId = Guid.NewGuid();
        await using (var outbox = new NpgsqlCommand(
            "INSERT INTO outbox (message_id, topic, payload) VALUES ($1, 'order-placed', $2::jsonb)", conn, tx))
        {
            outbox.Parameters.Add(new() { Value = messageId });
            outbox.Parameters.Add(new() { Value = $$"""{"orderId":"{{orderId}}","amount":{{amount}}}""" });
            await outbox.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct); // both rows, or neither
        return messageId;
    }
    // </PlaceOrder>
}

// <Relay>
/// <summary>
/// Polls the outbox and publishes in order. Rows are marked published in the same transaction that
/// locked them, so a crash before the commit leaves them unpublished: they are sent again. At least once.
/// </summary>
public sealed class OutboxRelay(NpgsqlDataSource db, IMessagePublisher publisher, int batchSize = 100)
{
    /// <summary>Test hook: thrown after this many messages of the batch were acknowledged.</summary>
    public int? CrashAfterPublishing { get; set; }

    public async Task<int> PublishBatchAsync(CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);

        var batch = new List<OutboxMessage>();
        await using (var select = new NpgsqlCommand("""
            SELECT position, message_id, topic, payload::text FROM outbox
            WHERE published_at IS NULL ORDER BY position LIMIT $1
            FOR UPDATE SKIP LOCKED
            """, conn, tx))
        {
            select.Parameters.Add(new() { Value = batchSize });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                batch.Add(new(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3)));
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (i == CrashAfterPublishing) throw new InvalidOperationException("relay crashed mid-batch");
            await publisher.PublishAsync(batch[i], ct);
        }

        await using (var mark = new NpgsqlCommand(
            "UPDATE outbox SET published_at = now() WHERE position = ANY($1)", conn, tx))
        {
            mark.Parameters.Add(new() { Value = batch.Select(m => m.Position).ToArray() });
            await mark.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        return batch.Count;
    }
}
// </Relay>
