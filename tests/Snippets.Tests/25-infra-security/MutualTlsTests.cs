using System.Security.Authentication;
using UnderLoad.Snippets.InfraSecurity;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.InfraSecurity;

public sealed class MutualTlsTests
{
    [Fact]
    public async Task A_client_with_a_certificate_from_the_CA_is_accepted_and_one_without_is_refused()
    {
        using var ca = Pki.CreateCa("Mesh CA");
        using var otherCa = Pki.CreateCa("Attacker CA");
        using var serverCert = Pki.Issue(ca, "orders", server: true);
        using var clientCert = Pki.Issue(ca, "billing", server: false);
        using var foreignCert = Pki.Issue(otherCa, "billing", server: false);
        var port = RequiredServer.FreePort();
        await using var app = MtlsServer.Build(serverCert, ca, port);
        await app.StartAsync();
        var url = $"https://127.0.0.1:{port}/whoami";

        using (var withCert = MtlsClient.Create(ca, clientCert))
            Assert.Equal("billing", await withCert.GetStringAsync(url)); // the server sees the caller's identity

        using (var withoutCert = MtlsClient.Create(ca, clientCert: null))
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => withoutCert.GetStringAsync(url));

        using (var wrongCa = MtlsClient.Create(ca, foreignCert))
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => wrongCa.GetStringAsync(url));

        using (var distrustful = MtlsClient.Create(otherCa, clientCert)) // the client checks the server too
        {
            var e = await Assert.ThrowsAnyAsync<HttpRequestException>(() => distrustful.GetStringAsync(url));
            Assert.IsType<AuthenticationException>(e.InnerException);
        }
        await app.StopAsync();
    }

    [Fact]
    public void Chain_validation_uses_only_the_given_root()
    {
        using var ca = Pki.CreateCa("Mesh CA");
        using var other = Pki.CreateCa("Other CA");
        using var leaf = Pki.Issue(ca, "svc", server: false);
        Assert.True(Pki.ChainsTo(leaf, ca));
        Assert.False(Pki.ChainsTo(leaf, other));
        Assert.True(leaf.HasPrivateKey);
    }
}
