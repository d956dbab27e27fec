using System.Buffers;
using System.Text.Json;

namespace UnderLoad.Snippets.Serialization;

// <StreamingReader>
/// <summary>
/// Jackson's JsonParser in .NET: walk the tokens of a huge array with Utf8JsonReader over a small,
/// reused buffer. No Order objects, no strings: memory stays flat whatever the array's length.
/// </summary>
public static class StreamingTotals
{
    public static (int Count, decimal Total) SumAmounts(Stream json, int bufferSize = 16 * 1024)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        try
        {
            var state = new JsonReaderState();
            int filled = 0, count = 0;
            decimal total = 0;
            var depth = 0;
            var nextIsAmount = false;
            while (true)
            {
                var read = json.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                var isFinal = read == 0;
                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), isFinal, state);
                while (reader.Read())
                {
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject: depth++; break;
                        case JsonTokenType.EndObject: if (--depth == 0) count++; break;
                        case JsonTokenType.PropertyName:
                            nextIsAmount = depth == 1 && reader.ValueTextEquals("amount"u8);
                            break;
                        case JsonTokenType.Number when nextIsAmount:
                            total += reader.GetDecimal();
                            nextIsAmount = false;
                            break;
                    }
                }
                if (isFinal) return (count, total);

                // keep the bytes of a token cut in half by the buffer boundary for the next pass
                state = reader.CurrentState;
                var consumed = (int)reader.BytesConsumed;
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (filled == buffer.Length) // one token larger than the buffer: grow
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
// </StreamingReader>

// <AsyncEnumerable>
public static class StreamingOrders
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Object mapping, one element at a time: each Order is built, handed to you, and can be
    /// collected before the next one is read. Never the whole list in memory.
    /// </summary>
    public static async Task<(int Count, decimal Total)> SumAmountsAsync(Stream json, CancellationToken ct = default)
    {
        int count = 0;
        decimal total = 0;
        await foreach (var order in JsonSerializer.DeserializeAsyncEnumerable<Order>(json, Web, ct))
        {
            count++;
            total += order!.Amount;
        }
        return (count, total);
    }
}
// </AsyncEnumerable>
