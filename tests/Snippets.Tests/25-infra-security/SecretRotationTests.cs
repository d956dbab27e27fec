using System.Text;
using UnderLoad.Snippets.InfraSecurity;

namespace UnderLoad.Snippets.Tests.InfraSecurity;

public sealed class SecretRotationTests
{
    private static readonly byte[] Old = Encoding.ASCII.GetBytes("old-secret"), New = Encoding.ASCII.GetBytes("new-secret");

    [Fact]
    public void Stage_promote_retire_never_rejects_a_valid_message()
    {
        var sender = new DualSecret(Old);
        var receiver = new DualSecret(Old);
        var failures = 0;
        void Exchange(string body)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            if (!receiver.Verify(bytes, sender.Sign(bytes))) failures++;
        }

        Exchange("before");
        receiver.Stage(New);                    // 1. verifiers accept old and new
        Exchange("staged");
        sender.Stage(New); sender.Promote();    // 2. signers switch
        Exchange("promoted");
        var inFlight = Encoding.UTF8.GetBytes("queued");
        var oldSignature = new DualSecret(Old).Sign(inFlight); // signed before the switch, delivered late
        Assert.True(receiver.Verify(inFlight, oldSignature));
        receiver.Retire();                      // 3. old secret no longer accepted
        Exchange("after");

        Assert.Equal(0, failures);
        Assert.False(receiver.Verify(inFlight, oldSignature));
        Assert.Equal(New, sender.Current);
    }

    [Fact]
    public void Promoting_before_every_verifier_staged_causes_an_outage()
    {
        var sender = new DualSecret(Old);
        var laggingReceiver = new DualSecret(Old);
        sender.Stage(New);
        sender.Promote();
        var bytes = Encoding.UTF8.GetBytes("order 42");
        Assert.False(laggingReceiver.Verify(bytes, sender.Sign(bytes)));
    }
}
