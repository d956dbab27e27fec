using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace UnderLoad.Snippets.InfraSecurity;

// <Pki>
/// <summary>A private CA and the certificates it issues, made in-process (what a mesh's CA does for each workload).</summary>
public static class Pki
{
    public static X509Certificate2 CreateCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return Reload(request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1)));
    }

    /// <summary>A leaf for a server (serverAuth, SAN 127.0.0.1) or a client (clientAuth), valid 12 hours: inside its CA's day.</summary>
    public static X509Certificate2 Issue(X509Certificate2 ca, string name, bool server)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [server ? new Oid("1.3.6.1.5.5.7.3.1") : new Oid("1.3.6.1.5.5.7.3.2")], true)); // serverAuth / clientAuth
        var san = new SubjectAlternativeNameBuilder();
        if (server) san.AddIpAddress(IPAddress.Loopback);
        else san.AddUri(new Uri($"spiffe://example.internal/{name}")); // a workload identity, SPIFFE style
        request.CertificateExtensions.Add(san.Build());
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // positive
        using var cert = request.Create(ca, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(12), serial);
        return Reload(cert.CopyWithPrivateKey(key));
    }

    /// <summary>True if <paramref name="cert"/> chains to <paramref name="ca"/> and nothing else.</summary>
    public static bool ChainsTo(X509Certificate2 cert, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust; // not the OS store
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;   // short-lived certs instead of CRLs
        return chain.Build(cert);
    }

    // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
    private static X509Certificate2 Reload(X509Certificate2 cert)
    {
        using (cert) return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }
}
// </Pki>

// <MtlsServer>
public static class MtlsServer
{
    /// <summary>Kestrel on 127.0.0.1 that completes the TLS handshake only with a client certificate from <paramref name="ca"/>.</summary>
    public static WebApplication Build(X509Certificate2 serverCert, X509Certificate2 ca, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
            listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCert;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.ClientCertificateValidation = (cert, _, _) => Pki.ChainsTo(cert, ca);
            })));
        var app = builder.Build();
        app.MapGet("/whoami", (HttpContext ctx) => ctx.Connection.ClientCertificate!.GetNameInfo(X509NameType.SimpleName, false));
        return app;
    }
}
// </MtlsServer>

// <MtlsClient>
public static class MtlsClient
{
    /// <summary>An HttpClient that presents <paramref name="clientCert"/> (if any) and trusts only <paramref name="ca"/>.</summary>
    public static HttpClient Create(X509Certificate2 ca, X509Certificate2? clientCert) => new(new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            ClientCertificates = clientCert is null ? null : new X509CertificateCollection { clientCert },
            RemoteCertificateValidationCallback = (_, cert, _, _) =>
                cert is not null && Pki.ChainsTo(X509CertificateLoader.LoadCertificate(cert.GetRawCertData()), ca),
        },
    });
}
// </MtlsClient>
