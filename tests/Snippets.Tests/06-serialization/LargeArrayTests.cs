using System.Text;
using System.Text.Json;
using UnderLoad.Snippets.Serialization;

namespace UnderLoad.Snippets.Tests.Serialization;

public class LargeArrayTests
{
    private const int Count = 100_000;

    private static readonly Lazy<byte[]> Json = new(() =>
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var orders = Enumerable.Range(1, Count)
            .Select(i => new Order(i, $"customer-{i % 97}", i + 0.25m, start.AddSeconds(i)));
        return JsonSerializer.SerializeToUtf8Bytes(orders, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    });

    private static decimal ExpectedTotal => Enumerable.Range(1, Count).Sum(i => i + 0.25m);

    [Fact]
    public void Utf8JsonReader_sums_100k_elements_with_flat_memory()
    {
        var json = Json.Value;
        Assert.True(json.Length > 5_000_000, $"payload is {json.Length} bytes");

        // warm up both paths so JIT and static caches are not counted
        StreamingTotals.SumAmounts(new MemoryStream(json));
        JsonSerializer.Deserialize<List<Order>>(new MemoryStream("""[{"id":1,"customer":"c","amount":1,"createdAt":"2025-01-01T00:00:00Z"}]"""u8.ToArray()), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (count, total) = StreamingTotals.SumAmounts(new MemoryStream(json));
        var streaming = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        var list = JsonSerializer.Deserialize<List<Order>>(new MemoryStream(json), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var materialised = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Count, count);
        Assert.Equal(ExpectedTotal, total);
        Assert.Equal(total, list.Sum(o => o.Amount));
        Assert.True(materialised > 10_000_000, $"materialising allocated {materialised:N0} bytes");
        Assert.True(streaming * 100 < materialised, $"streaming {streaming:N0} vs materialising {materialised:N0} bytes");
    }

    [Theory]
    [InlineData(8)]   // smaller than most tokens: exercises the carry-over and the grow path
    [InlineData(100)]
    public void Utf8JsonReader_handles_tokens_cut_by_the_buffer_boundary(int bufferSize)
    {
        var json = """[{"id":1,"amount":12345678901234.5,"note":"a long string that spans several buffers"},{"id":2,"amount":0.5,"nested":{"amount":999}}]"""u8.ToArray();
        var (count, total) = StreamingTotals.SumAmounts(new MemoryStream(json), bufferSize);
        Assert.Equal(2, count);
        Assert.Equal(12345678901235.0m, total); // the nested "amount" is not an order's amount
    }

    /// <summary>Counts how far the parser has read into the payload.</summary>
    private sealed class ProgressStream(byte[] data) : MemoryStream(data)
    {
        public long MaxPositionSeen { get; private set; }
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            var n = base.ReadAsync(buffer, ct);
            MaxPositionSeen = Position;
            return n;
        }
    }

    [Fact]
    public async Task DeserializeAsyncEnumerable_yields_elements_before_the_array_is_read()
    {
        var json = Json.Value;
        var stream = new ProgressStream(json);
        long readWhenFirstArrived = -1;
        var count = 0;
        await foreach (var order in JsonSerializer.DeserializeAsyncEnumerable<Order>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web)))
        {
            if (count++ == 0)
            {
                readWhenFirstArrived = stream.MaxPositionSeen;
                Assert.Equal(1, order!.Id);
            }
        }
        Assert.Equal(Count, count);
        Assert.True(readWhenFirstArrived < json.Length / 50, $"first element after {readWhenFirstArrived:N0} of {json.Length:N0} bytes");
    }

    [Fact]
    public async Task StreamingOrders_sums_all_elements()
    {
        var (count, total) = await StreamingOrders.SumAmountsAsync(new MemoryStream(Json.Value));
        Assert.Equal(Count, count);
        Assert.Equal(ExpectedTotal, total);
    }
}
