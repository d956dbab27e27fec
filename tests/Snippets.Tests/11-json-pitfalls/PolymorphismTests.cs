using System.Text.Json;
using UnderLoad.Snippets.JsonPitfalls;

namespace UnderLoad.Snippets.Tests.JsonPitfalls;

public class PolymorphismTests
{
    [Fact]
    public void Known_discriminators_round_trip()
    {
        PaymentMethod[] methods = [new CardPayment("4242"), new BankTransfer("DE89370400440532013000")];
        var json = JsonSerializer.Serialize(methods);
        Assert.Equal("""[{"$type":"card","Last4":"4242"},{"$type":"transfer","Iban":"DE89370400440532013000"}]""", json);
        Assert.Equal(methods, JsonSerializer.Deserialize<PaymentMethod[]>(json));
    }

    [Theory]
    [InlineData("""{"$type":"crypto","Wallet":"x"}""")]                                            // unknown id
    [InlineData("""{"$type":"UnderLoad.Snippets.JsonPitfalls.CleanupTask, UnderLoad.Snippets","Path":"/"}""")] // a type name
    [InlineData("""{"Last4":"4242"}""")]                                                         // abstract base, no discriminator
    public void Unknown_or_missing_discriminator_is_rejected(string json)
    {
        var before = CleanupTask.Executions;
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<PaymentMethod>(json));
        Assert.Equal(before, CleanupTask.Executions);
    }

    [Fact]
    public void Newtonsoft_TypeNameHandling_lets_the_payload_choose_the_type_and_run_its_setters()
    {
        var before = CleanupTask.Executions;
        var attack = """{"Payload":{"$type":"UnderLoad.Snippets.JsonPitfalls.CleanupTask, UnderLoad.Snippets","Path":"/var/data"}}""";

        var envelope = Newtonsoft.Json.JsonConvert.DeserializeObject<Envelope>(attack, NewtonsoftTypeHandling.Dangerous)!;

        Assert.IsType<CleanupTask>(envelope.Payload);
        Assert.Equal(before + 1, CleanupTask.Executions); // the setter ran during deserialization

        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() =>
            Newtonsoft.Json.JsonConvert.DeserializeObject<Envelope>(attack, NewtonsoftTypeHandling.AllowListed));
        Assert.Equal(before + 1, CleanupTask.Executions);
    }

    [Fact]
    public void Allow_listed_binder_still_accepts_the_known_types()
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new Envelope { Payload = new CardPayment("1111") }, NewtonsoftTypeHandling.AllowListed);
        Assert.Contains("\"$type\"", json);
        var back = Newtonsoft.Json.JsonConvert.DeserializeObject<Envelope>(json, NewtonsoftTypeHandling.AllowListed)!;
        Assert.Equal(new CardPayment("1111"), back.Payload);
    }
}
