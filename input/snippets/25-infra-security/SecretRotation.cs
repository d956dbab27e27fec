using System.Security.Cryptography;

namespace UnderLoad.Snippets.InfraSecurity;

// <DualSecret>
/// <summary>
/// Zero-downtime rotation of a shared secret (webhook signing key, service API key, database password):
/// verifiers accept the current and the next secret while signers move over, then the old one retires.
/// </summary>
public sealed class DualSecret(byte[] initial)
{
    private volatile byte[][] _accepted = [initial];

    /// <summary>Signers use this one.</summary>
    public byte[] Current { get; private set; } = initial;

    /// <summary>Step 1, on every verifier: accept the new secret too. Nothing is signed with it yet.</summary>
    public void Stage(byte[] next) => _accepted = [Current, next];

    /// <summary>Step 2, on every signer, after step 1 is everywhere: sign with the new secret.</summary>
    public void Promote() => Current = _accepted[^1];

    /// <summary>Step 3, after in-flight messages signed with the old secret have drained: stop accepting it.</summary>
    public void Retire() => _accepted = [_accepted[^1]];

    public byte[] Sign(ReadOnlySpan<byte> message) => HMACSHA256.HashData(Current, message);

    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        foreach (var secret in _accepted)
            if (CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(secret, message), signature)) return true;
        return false;
    }
}
// </DualSecret>
