using System.Text.Json.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace UnderLoad.Snippets.JsonPitfalls;

// <ClosedHierarchy>
/// <summary>
/// System.Text.Json polymorphism is opt-in and closed: only the derived types listed here can be
/// produced, chosen by a discriminator you name. An unknown "$type" is an error, never a type lookup.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(CardPayment), "card")]
[JsonDerivedType(typeof(BankTransfer), "transfer")]
public abstract record PaymentMethod;

public sealed record CardPayment(string Last4) : PaymentMethod;

public sealed record BankTransfer(string Iban) : PaymentMethod;
// </ClosedHierarchy>

// <Gadget>
/// <summary>
/// Stands in for a "gadget": any type on the classpath whose constructor or setters do something
/// (open a connection, run a command, delete a file). Here it only records that it ran.
/// </summary>
public sealed class CleanupTask
{
    public static int Executions;
    public string Path
    {
        get => "";
        set => Interlocked.Increment(ref Executions); // imagine File.Delete(value)
    }
}

public sealed class Envelope
{
    public object? Payload { get; set; } // "any type" on the wire: the dangerous shape
}

public static class NewtonsoftTypeHandling
{
    /// <summary>Like Jackson's enableDefaultTyping: the payload picks the CLR type to instantiate.</summary>
    public static readonly JsonSerializerSettings Dangerous = new() { TypeNameHandling = TypeNameHandling.Auto };

    /// <summary>The fix if you must keep $type: an allow-list binder.</summary>
    public static readonly JsonSerializerSettings AllowListed = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = new AllowListBinder(typeof(CardPayment), typeof(BankTransfer)),
    };

    private sealed class AllowListBinder(params Type[] allowed) : ISerializationBinder
    {
        private readonly DefaultSerializationBinder _inner = new();

        public Type BindToType(string? assemblyName, string typeName)
        {
            var type = _inner.BindToType(assemblyName, typeName);
            return allowed.Contains(type) ? type : throw new JsonSerializationException($"Type {typeName} is not allowed.");
        }

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
            _inner.BindToName(serializedType, out assemblyName, out typeName);
    }
}
// </Gadget>
