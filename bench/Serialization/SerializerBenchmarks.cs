using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using MessagePack;

namespace UnderLoad.Bench.Serialization;

[MessagePackObject]
public sealed class Order
{
    [Key(0)] public long Id { get; set; }
    [Key(1)] public string Customer { get; set; } = "";
    [Key(2)] public decimal Amount { get; set; }
    [Key(3)] public DateTimeOffset CreatedAt { get; set; }
    [Key(4)] public List<string> Tags { get; set; } = [];
}

[JsonSerializable(typeof(List<Order>))]
public partial class BenchJsonContext : JsonSerializerContext;

/// <summary>Serialize and deserialize 1,000 orders with each library.</summary>
[MemoryDiagnoser, CategoriesColumn, GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class SerializerBenchmarks
{
    private List<Order> _orders = [];
    private byte[] _json = [];
    private string _jsonText = "";
    private byte[] _msgpack = [];
    private static readonly JsonSerializerOptions Reflection = new();

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        _orders = Enumerable.Range(1, 1_000).Select(i => new Order
        {
            Id = 9_000_000_000L + i,
            Customer = $"customer-{i % 97}",
            Amount = 10.25m + i,
            CreatedAt = start.AddSeconds(i),
            Tags = ["web", i % 2 == 0 ? "priority" : "standard"],
        }).ToList();
        _json = JsonSerializer.SerializeToUtf8Bytes(_orders, BenchJsonContext.Default.ListOrder);
        _jsonText = System.Text.Encoding.UTF8.GetString(_json);
        _msgpack = MessagePackSerializer.Serialize(_orders);
    }

    [Benchmark, BenchmarkCategory("Serialize")]
    public byte[] Stj_Reflection_Serialize() => JsonSerializer.SerializeToUtf8Bytes(_orders, Reflection);

    [Benchmark, BenchmarkCategory("Serialize")]
    public byte[] Stj_SourceGen_Serialize() => JsonSerializer.SerializeToUtf8Bytes(_orders, BenchJsonContext.Default.ListOrder);

    [Benchmark, BenchmarkCategory("Serialize")]
    public string Newtonsoft_Serialize() => Newtonsoft.Json.JsonConvert.SerializeObject(_orders);

    [Benchmark, BenchmarkCategory("Serialize")]
    public byte[] MessagePack_Serialize() => MessagePackSerializer.Serialize(_orders);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public List<Order>? Stj_Reflection_Deserialize() => JsonSerializer.Deserialize<List<Order>>(_json, Reflection);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public List<Order>? Stj_SourceGen_Deserialize() => JsonSerializer.Deserialize(_json, BenchJsonContext.Default.ListOrder);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public List<Order>? Newtonsoft_Deserialize() => Newtonsoft.Json.JsonConvert.DeserializeObject<List<Order>>(_jsonText);

    [Benchmark, BenchmarkCategory("Deserialize")]
    public List<Order> MessagePack_Deserialize() => MessagePackSerializer.Deserialize<List<Order>>(_msgpack);

    public (int Json, int MessagePack) PayloadSizes() { Setup(); return (_json.Length, _msgpack.Length); }
}
