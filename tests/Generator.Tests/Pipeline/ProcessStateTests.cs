using System.Collections;
using System.Collections.Frozen;
using System.Reflection;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Tests.Pipeline;

/// <summary>
/// A one-off build keeps nothing once it ends, and `serve` keeps what it keeps in one bounded <see cref="Memo"/>: no
/// type of the generator holds results in static state (a static dictionary grew for the life of `serve` before).
/// </summary>
public sealed class ProcessStateTests
{
    [Fact]
    public void No_generator_type_keeps_mutable_state_in_a_static_field()
    {
        var offenders = typeof(SiteBuilder).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsLiteral && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
                .Where(f => !f.IsInitOnly || IsMutableHolder(f.FieldType))
                .Select(f => $"{t.FullName}.{f.Name} ({f.FieldType.Name})"))
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    private static bool IsMutableHolder(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(AsyncLocal<>)
        || typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) && !type.IsArray
           // Constant tables: frozen or immutable collections, and read-only views of fixed lists.
           && !(type.IsGenericType && type.GetGenericTypeDefinition() is var g
                && (g == typeof(FrozenDictionary<,>) || g == typeof(FrozenSet<>) || g == typeof(IReadOnlyList<>)))
           && !type.Name.StartsWith("Immutable", StringComparison.Ordinal);

    [Fact]
    public void Serves_memo_is_bounded_and_lets_the_oldest_entries_go_first()
    {
        var memo = new Memo(capacity: 3);
        for (var i = 0; i < 5; i++) memo.Set("body", $"page{i}", $"<p>{i}</p>");

        Assert.Equal(3, memo.Count);
        Assert.False(memo.TryGet<string>("body", "page0", out _));
        Assert.False(memo.TryGet<string>("body", "page1", out _));
        Assert.True(memo.TryGet<string>("body", "page4", out var newest));
        Assert.Equal("<p>4</p>", newest);
        Assert.Equal("<p>2</p>", memo.GetOrAdd("body", "page2", () => "recomputed"));
    }
}
