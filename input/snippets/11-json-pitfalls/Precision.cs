using System.Text.Json;
using System.Text.Json.Serialization;

namespace UnderLoad.Snippets.JsonPitfalls;

// <LossyNumbers>
/// <summary>What a JSON number becomes in a consumer that parses every number as an IEEE 754 double (JavaScript, many JSON libraries by default).</summary>
public static class DoubleConsumer
{
    public static long ReadIdAsJavaScriptWould(string json) =>
        (long)JsonDocument.Parse(json).RootElement.GetProperty("id").GetDouble();

    public static decimal ReadAmountAsJavaScriptWould(string json) =>
        (decimal)JsonDocument.Parse(json).RootElement.GetProperty("amount").GetDouble();

    /// <summary>Money arithmetic in double: 0.1 + 0.2 is not 0.3.</summary>
    public static double AddInDouble(double a, double b) => a + b;
}
// </LossyNumbers>

// <SafeNumbers>
/// <summary>
/// The fix on the wire: 64-bit ids travel as strings, amounts as decimal (exact in .NET, like
/// Java's BigDecimal), and if a consumer may be JavaScript, as strings too.
/// </summary>
public sealed record Payment(
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    long Id,
    [property: JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    decimal Amount,
    string Currency);
// </SafeNumbers>
