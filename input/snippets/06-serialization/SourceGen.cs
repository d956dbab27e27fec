using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UnderLoad.Snippets.Serialization;

// <SourceGenContext>
/// <summary>
/// Metadata and serialization code generated at compile time: no reflection at startup,
/// trimming- and Native AOT-safe. The Web defaults give camelCase names.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(List<Order>))]
[JsonSerializable(typeof(Invoice))]
public partial class OrdersJsonContext : JsonSerializerContext;
// </SourceGenContext>

// <CustomConverter>
/// <summary>A money value that must not pass through a binary floating point number.</summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money(decimal Amount, string Currency);

/// <summary>Writes Money as "12.50 EUR": one string, exact, culture-independent.</summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Money must be a string like \"12.50 EUR\", got {reader.TokenType}.");
        var text = reader.GetString()!;
        var space = text.IndexOf(' ');
        if (space <= 0 || text.Length - space - 1 != 3 ||
            !decimal.TryParse(text.AsSpan(0, space), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var amount))
            throw new JsonException($"Not a money value: \"{text}\".");
        return new Money(amount, text[(space + 1)..]);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{value.Amount} {value.Currency}"));
}

public sealed record Invoice(string Number, Money Total);
// </CustomConverter>
