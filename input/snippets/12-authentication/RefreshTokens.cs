using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace UnderLoad.Snippets.Authentication;

public enum RefreshOutcome { Rotated, Invalid, Expired, Revoked, ReuseDetected }

public sealed record RefreshResult(RefreshOutcome Outcome, string? RefreshToken = null, string? UserId = null);

// <RefreshTokens>
/// <summary>
/// Refresh tokens live in the database: each use is checked and recorded, which is what makes
/// them revocable. Only a hash is stored. Every refresh rotates the token; presenting an
/// already-used token means two parties hold it, so the whole family is revoked.
/// </summary>
public sealed class RefreshTokenService(SqliteConnection db, TimeProvider time, TimeSpan lifetime)
{
    public const string Schema = """
        CREATE TABLE refresh_tokens (
            token_hash TEXT PRIMARY KEY,
            family_id  TEXT NOT NULL,
            user_id    TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            used_at    INTEGER NULL,
            revoked    INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX ix_refresh_family ON refresh_tokens(family_id);
        """;

    public string Issue(string userId) => Insert(userId, familyId: Guid.NewGuid().ToString("N"), tx: null);

    public RefreshResult Rotate(string presented)
    {
        using var tx = db.BeginTransaction();                   // BEGIN IMMEDIATE: one rotation at a time
        string hash = Hash(presented);
        using var read = Command(tx, "SELECT family_id, user_id, expires_at, used_at, revoked FROM refresh_tokens WHERE token_hash = $h",
            ("$h", hash));
        using var r = read.ExecuteReader();
        if (!r.Read()) return new(RefreshOutcome.Invalid);
        string family = r.GetString(0), user = r.GetString(1);
        long expiresAt = r.GetInt64(2), now = time.GetUtcNow().ToUnixTimeSeconds();
        bool used = !r.IsDBNull(3), revoked = r.GetInt64(4) == 1;
        r.Close();

        if (revoked) return new(RefreshOutcome.Revoked);
        if (used)
        {
            // Reuse: the token was stolen and used by someone. We cannot tell who is who,
            // so every token descended from the same login dies, including the newest.
            Command(tx, "UPDATE refresh_tokens SET revoked = 1 WHERE family_id = $f", ("$f", family)).ExecuteNonQuery();
            tx.Commit();
            return new(RefreshOutcome.ReuseDetected);
        }
        if (now >= expiresAt) return new(RefreshOutcome.Expired);

        Command(tx, "UPDATE refresh_tokens SET used_at = $now WHERE token_hash = $h", ("$now", now), ("$h", hash)).ExecuteNonQuery();
        string next = Insert(user, family, tx);
        tx.Commit();
        return new(RefreshOutcome.Rotated, next, user);
    }

    /// <summary>Logout everywhere, or a password change: one UPDATE.</summary>
    public int RevokeUser(string userId) =>
        Command(null, "UPDATE refresh_tokens SET revoked = 1 WHERE user_id = $u AND revoked = 0", ("$u", userId)).ExecuteNonQuery();

    private string Insert(string userId, string familyId, SqliteTransaction? tx)
    {
        string token = Jwt.B64(RandomNumberGenerator.GetBytes(32));   // opaque, 256 bits
        Command(tx, "INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) VALUES ($h, $f, $u, $e)",
            ("$h", Hash(token)), ("$f", familyId), ("$u", userId),
            ("$e", (time.GetUtcNow() + lifetime).ToUnixTimeSeconds())).ExecuteNonQuery();
        return token;
    }

    // High-entropy random tokens need no salt or slow hash; SHA-256 keeps a DB leak useless.
    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private SqliteCommand Command(SqliteTransaction? tx, string sql, params (string, object)[] args)
    {
        var cmd = db.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v);
        return cmd;
    }
}
// </RefreshTokens>
