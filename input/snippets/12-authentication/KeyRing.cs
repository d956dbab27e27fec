namespace UnderLoad.Snippets.Authentication;

// <KeyRing>
/// <summary>
/// Signing keys rotated by kid. A new key is published (JWKS) before it signs anything, so
/// every verifier has it by then; the old key stops signing when the new one activates and
/// keeps verifying until the last token it signed has expired.
/// </summary>
public sealed class KeyRing(TimeProvider time, TimeSpan maxTokenLifetime)
{
    private sealed record Slot(SigningKey Key, DateTimeOffset ActiveFrom);
    private readonly List<Slot> _slots = [];   // ordered by ActiveFrom
    private readonly Lock _lock = new();

    public void Add(SigningKey key, DateTimeOffset activeFrom)
    {
        lock (_lock)
        {
            _slots.Add(new Slot(key, activeFrom));
            _slots.Sort((a, b) => a.ActiveFrom.CompareTo(b.ActiveFrom));
        }
    }

    /// <summary>The newest key whose activation time has passed.</summary>
    public SigningKey SigningKey()
    {
        var now = time.GetUtcNow();
        lock (_lock)
            return _slots.LastOrDefault(s => s.ActiveFrom <= now)?.Key
                ?? throw new InvalidOperationException("no active signing key");
    }

    /// <summary>Keys a verifier accepts now: the JWKS you publish.</summary>
    public IReadOnlyList<SigningKey> Published()
    {
        var now = time.GetUtcNow();
        lock (_lock)
            return _slots.Where((s, i) =>
                    i == _slots.Count - 1                                    // newest: always
                    || now < _slots[i + 1].ActiveFrom + maxTokenLifetime)    // superseded: until its tokens expire
                .Select(s => s.Key).ToList();
    }

    public SigningKey? Resolve(string kid) => Published().FirstOrDefault(k => k.Kid == kid);
}
// </KeyRing>
