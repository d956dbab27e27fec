using System.Text.Json;
using UnderLoad.Snippets.Serialization;

namespace UnderLoad.Snippets.Tests.Serialization;

public class SourceGenTests
{
    private static readonly Order Sample = new(9_007_199_254_740_993, "acme", 12.50m, new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Source_generated_context_writes_the_same_json_as_reflection()
    {
        var generated = JsonSerializer.Serialize(Sample, OrdersJsonContext.Default.Order);
        var reflected = JsonSerializer.Serialize(Sample, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal(reflected, generated);
        Assert.Equal("""{"id":9007199254740993,"customer":"acme","amount":12.50,"createdAt":"2025-03-30T01:30:00+00:00"}""", generated);
        Assert.Equal(Sample, JsonSerializer.Deserialize(generated, OrdersJsonContext.Default.Order));
    }

    [Fact]
    public void Source_generated_context_carries_metadata_without_reflection()
    {
        var info = OrdersJsonContext.Default.Order;
        Assert.Equal(["id", "customer", "amount", "createdAt"], info.Properties.Select(p => p.Name));
        Assert.NotNull(OrdersJsonContext.Default.GetTypeInfo(typeof(List<Order>)));
        Assert.Null(OrdersJsonContext.Default.GetTypeInfo(typeof(Uri))); // only what you declared
    }

    [Fact]
    public void Money_converter_round_trips_exactly()
    {
        var invoice = new Invoice("INV-7", new Money(0.10m + 0.20m, "EUR"));
        var json = JsonSerializer.Serialize(invoice, OrdersJsonContext.Default.Invoice);
        Assert.Equal("""{"number":"INV-7","total":"0.30 EUR"}""", json);
        Assert.Equal(invoice, JsonSerializer.Deserialize(json, OrdersJsonContext.Default.Invoice));
    }

    [Theory]
    [InlineData("""{"number":"X","total":12.5}""")]
    [InlineData("""{"number":"X","total":"12.5"}""")]
    [InlineData("""{"number":"X","total":"12,5 EUR"}""")]
    [InlineData("""{"number":"X","total":"12.5 EURO"}""")]
    public void Money_converter_rejects_malformed_values(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, OrdersJsonContext.Default.Invoice));
    }
}
