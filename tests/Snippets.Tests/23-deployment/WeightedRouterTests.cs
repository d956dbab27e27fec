using UnderLoad.Snippets.Deployment;

namespace UnderLoad.Snippets.Tests.Deployment;

public class WeightedRouterTests
{
    private static readonly string[] Users = Enumerable.Range(0, 100_000).Select(i => $"u{i}").ToArray();

    [Fact]
    public void Five_percent_weight_sends_about_five_percent_of_users()
    {
        var router = new WeightedRouter("release-2025-10-01") { CanaryBasisPoints = 500 };
        var share = Users.Count(u => router.Route(u) == "canary") / (double)Users.Length;
        Assert.InRange(share, 0.045, 0.055);
    }

    [Fact]
    public void A_user_always_gets_the_same_version_and_ramping_up_never_moves_a_canary_user_back()
    {
        var router = new WeightedRouter("release-2025-10-01") { CanaryBasisPoints = 500 };
        var at5 = Users.Select(router.Route).ToArray();
        Assert.Equal(at5, Users.Select(router.Route).ToArray());      // sticky

        router.CanaryBasisPoints = 2_500;
        var at25 = Users.Select(router.Route).ToArray();
        for (var i = 0; i < Users.Length; i++)
            if (at5[i] == "canary") Assert.Equal("canary", at25[i]);
        Assert.InRange(at25.Count(v => v == "canary") / (double)Users.Length, 0.24, 0.26);
    }

    [Fact]
    public void A_new_release_salt_picks_a_different_set_of_canary_users()
    {
        var a = new WeightedRouter("release-a") { CanaryBasisPoints = 1_000 };
        var b = new WeightedRouter("release-b") { CanaryBasisPoints = 1_000 };
        var both = Users.Count(u => a.Route(u) == "canary" && b.Route(u) == "canary") / (double)Users.Length;
        Assert.InRange(both, 0.008, 0.012);   // independent: 10% x 10%
    }
}
