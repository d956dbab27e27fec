using System.Text.Json;
using UnderLoad.Snippets.JsonPitfalls;

namespace UnderLoad.Snippets.Tests.JsonPitfalls;

public class PrecisionTests
{
    [Fact]
    public void A_64_bit_id_above_2_pow_53_changes_in_a_double()
    {
        const long id = 9_007_199_254_740_993; // 2^53 + 1
        var json = $$"""{"id":{{id}}}""";
        Assert.Equal(9_007_199_254_740_992, DoubleConsumer.ReadIdAsJavaScriptWould(json)); // a different order
        Assert.Equal(id, JsonDocument.Parse(json).RootElement.GetProperty("id").GetInt64());  // exact as long

        // every integer up to 2^53 survives; the first one above does not
        Assert.Equal(9_007_199_254_740_992, DoubleConsumer.ReadIdAsJavaScriptWould("""{"id":9007199254740992}"""));
    }

    [Fact]
    public void Money_in_double_rounds()
    {
        Assert.NotEqual(0.3, DoubleConsumer.AddInDouble(0.1, 0.2));
        Assert.Equal("0.30000000000000004", DoubleConsumer.AddInDouble(0.1, 0.2).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.3m, 0.1m + 0.2m);

        // 17 significant digits do not fit in a double's ~15.9
        var json = """{"amount":12345678901234567.89}""";
        Assert.NotEqual(12345678901234567.89m, DoubleConsumer.ReadAmountAsJavaScriptWould(json));
        Assert.Equal(12345678901234567.89m, JsonDocument.Parse(json).RootElement.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void Strings_on_the_wire_keep_every_digit()
    {
        var payment = new Payment(9_007_199_254_740_993, 12345678901234567.89m, "EUR");
        var json = JsonSerializer.Serialize(payment, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal("""{"id":"9007199254740993","amount":"12345678901234567.89","currency":"EUR"}""", json);
        Assert.Equal(payment, JsonSerializer.Deserialize<Payment>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        // numbers are still accepted from older clients
        Assert.Equal(42, JsonSerializer.Deserialize<Payment>("""{"id":42,"amount":1.5,"currency":"EUR"}""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Id);
    }
}
