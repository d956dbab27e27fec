using UnderLoad.Snippets.ConsistencyModels;

namespace UnderLoad.Snippets.Tests.ConsistencyModels;

public class VectorClockTests
{
    [Fact]
    public void Causally_related_writes_are_ordered_and_concurrent_ones_are_detected()
    {
        var start = new VectorClock().Increment("A");          // {A:1}
        var onB = start.Increment("B");                         // {A:1, B:1}: B saw A's write
        var onC = start.Increment("C");                         // {A:1, C:1}: C saw A's, not B's

        Assert.Equal(Causality.Before, start.CompareTo(onB));
        Assert.Equal(Causality.After, onB.CompareTo(start));
        Assert.Equal(Causality.Concurrent, onB.CompareTo(onC));
        Assert.Equal(Causality.Equal, onB.CompareTo(start.Increment("B")));

        var merged = onB.Merge(onC).Increment("A");
        Assert.Equal("{A:2, B:1, C:1}", merged.ToString());
        Assert.Equal(Causality.After, merged.CompareTo(onB));
        Assert.Equal(Causality.After, merged.CompareTo(onC));
    }

    [Fact]
    public void Register_keeps_concurrent_writes_as_siblings_and_a_merge_resolves_them()
    {
        var register = new SiblingRegister();
        var v1 = new VectorClock().Increment("A");
        register.Put("cart=[book]", v1);

        // Two clients read v1, then write on different replicas without seeing each other.
        register.Put("cart=[book,pen]", v1.Increment("B"));
        register.Put("cart=[book,mug]", v1.Increment("C"));
        Assert.Equal(2, register.Versions.Count);

        // A late duplicate of the first write is ignored.
        register.Put("cart=[book]", v1);
        Assert.Equal(2, register.Versions.Count);

        // The next writer read both siblings and merged them: its write supersedes both.
        register.Put("cart=[book,pen,mug]", register.Context().Increment("A"));
        var only = Assert.Single(register.Versions);
        Assert.Equal("cart=[book,pen,mug]", only.Value);
        Assert.Equal("{A:2, B:1, C:1}", only.Clock.ToString());
    }
}
