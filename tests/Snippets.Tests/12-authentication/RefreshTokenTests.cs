using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.Authentication;

namespace UnderLoad.Snippets.Tests.Authentication;

public sealed class RefreshTokenTests : IDisposable
{
    private readonly SqliteConnection _db = new("Data Source=:memory:");
    private readonly FakeTimeProvider _time = new();
    private readonly RefreshTokenService _svc;

    public RefreshTokenTests()
    {
        _db.Open();
        using var cmd = _db.CreateCommand();
        cmd.CommandText = RefreshTokenService.Schema;
        cmd.ExecuteNonQuery();
        _svc = new RefreshTokenService(_db, _time, TimeSpan.FromDays(14));
    }

    private long Scalar(string sql)
    {
        using var c = _db.CreateCommand();
        c.CommandText = sql;
        return (long)c.ExecuteScalar()!;
    }

    [Fact]
    public void Each_refresh_rotates_the_token_and_only_hashes_are_stored()
    {
        var t1 = _svc.Issue("user-7");
        var r1 = _svc.Rotate(t1);
        Assert.Equal(RefreshOutcome.Rotated, r1.Outcome);
        Assert.Equal("user-7", r1.UserId);
        var r2 = _svc.Rotate(r1.RefreshToken!);
        Assert.Equal(RefreshOutcome.Rotated, r2.Outcome);
        Assert.NotEqual(r1.RefreshToken, r2.RefreshToken);

        Assert.Equal(3, Scalar("SELECT COUNT(*) FROM refresh_tokens"));
        Assert.Equal(1, Scalar("SELECT COUNT(DISTINCT family_id) FROM refresh_tokens"));
        Assert.Equal(0, Scalar($"SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = '{t1}'"));
    }

    [Fact]
    public void Reusing_a_rotated_token_revokes_the_whole_family()
    {
        var stolen = _svc.Issue("user-7");
        var legit = _svc.Rotate(stolen).RefreshToken!;             // the user refreshes
        var other = _svc.Issue("user-7");                          // another device: another family

        Assert.Equal(RefreshOutcome.ReuseDetected, _svc.Rotate(stolen).Outcome);   // the attacker replays
        Assert.Equal(RefreshOutcome.Revoked, _svc.Rotate(legit).Outcome);          // the user must log in again
        Assert.Equal(RefreshOutcome.Rotated, _svc.Rotate(other).Outcome);          // other devices unaffected
    }

    [Fact]
    public void Expired_unknown_and_logged_out_tokens_fail()
    {
        var t = _svc.Issue("user-7");
        Assert.Equal(RefreshOutcome.Invalid, _svc.Rotate("made-up").Outcome);
        _time.Advance(TimeSpan.FromDays(14));
        Assert.Equal(RefreshOutcome.Expired, _svc.Rotate(t).Outcome);

        var a = _svc.Issue("user-8");
        var b = _svc.Issue("user-8");
        Assert.Equal(2, _svc.RevokeUser("user-8"));
        Assert.Equal(RefreshOutcome.Revoked, _svc.Rotate(a).Outcome);
        Assert.Equal(RefreshOutcome.Revoked, _svc.Rotate(b).Outcome);
    }

    public void Dispose() => _db.Dispose();
}
