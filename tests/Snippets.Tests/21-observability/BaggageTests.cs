using UnderLoad.Snippets.Observability;

namespace UnderLoad.Snippets.Tests.Observability;

public class BaggageTests
{
    [Fact]
    public void Parses_the_W3C_example_with_whitespace_and_properties()
    {
        // From W3C Baggage §3.3 "Example".
        Assert.True(W3CBaggage.TryParse(
            "key1=value1;property1;property2, key2 = value2, key3=value3; propertyKey=propertyValue", out var items));

        Assert.Equal(3, items.Count);
        Assert.Equal("value1", items["key1"]);
        Assert.Equal("value2", items["key2"]);
        Assert.Equal("value3", items["key3"]);
    }

    [Fact]
    public void Decodes_percent_encoded_utf8_values_and_round_trips()
    {
        Assert.True(W3CBaggage.TryParse("userId=sergey,serverNode=DF%2028,isProduction=false,city=Z%C3%BCrich", out var items));
        Assert.Equal("DF 28", items["serverNode"]);
        Assert.Equal("Zürich", items["city"]);

        var header = W3CBaggage.Format(items);
        Assert.Contains("city=Z%C3%BCrich", header);
        Assert.True(W3CBaggage.TryParse(header, out var again));
        Assert.Equal(items, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("=value")]                 // empty key
    [InlineData("novalue")]                // no '='
    [InlineData("key with space=v")]       // key is not a token
    [InlineData("key=\"quoted\"")]         // '"' is not a baggage octet
    [InlineData("key=a b")]                // nor is space inside the value
    [InlineData("key=back\\slash")]
    public void Rejects_malformed_headers(string? header)
    {
        Assert.False(W3CBaggage.TryParse(header, out _));
    }

    [Fact]
    public void Enforces_the_member_and_size_limits()
    {
        var sixtyFour = string.Join(",", Enumerable.Range(0, 64).Select(i => $"k{i}=v"));
        var sixtyFive = sixtyFour + ",k64=v";
        var tooBig = "k=" + new string('x', 8192);

        Assert.True(W3CBaggage.TryParse(sixtyFour, out var items));
        Assert.Equal(64, items.Count);
        Assert.False(W3CBaggage.TryParse(sixtyFive, out _));
        Assert.False(W3CBaggage.TryParse(tooBig, out _));
    }
}
