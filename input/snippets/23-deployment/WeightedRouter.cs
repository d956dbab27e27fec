namespace UnderLoad.Snippets.Deployment;

// <WeightedRouter>
/// <summary>
/// Sends a fixed share of users to the canary. A user's bucket (0..9999) comes from a stable hash of
/// the user id and a per-release salt, so the same user always gets the same version, and raising the
/// weight from 5% to 25% only moves users from stable to canary, never back.
/// </summary>
public sealed class WeightedRouter(string releaseSalt)
{
    public const int Buckets = 10_000;

    /// <summary>Canary share in basis points (1% = 100).</summary>
    public int CanaryBasisPoints { get; set; }

    public string Route(string userId) =>
        Bucket(userId) < CanaryBasisPoints ? "canary" : "stable";

    public int Bucket(string userId) => (int)(Fnv1a($"{releaseSalt}:{userId}") % Buckets);

    internal static ulong Fnv1a(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33;   // spread nearby ids
        return h;
    }
}
// </WeightedRouter>
