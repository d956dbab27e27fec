using System.Globalization;
using System.Security.Cryptography;

namespace UnderLoad.Snippets.HttpCaching;

// <EntityTag>
/// <summary>An entity tag, RFC 9110 §8.8.3: an opaque quoted string, optionally weak ("W/").</summary>
public readonly record struct EntityTag(string Opaque, bool IsWeak)
{
    /// <summary>A strong validator: changes whenever any byte of the representation changes.</summary>
    public static EntityTag StrongFor(ReadOnlySpan<byte> representation) =>
        new(Convert.ToBase64String(SHA256.HashData(representation)[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_'), false);

    // §8.8.3.2: strong comparison needs both strong and equal; weak comparison only equal opaque-tags.
    public bool StrongEquals(EntityTag other) => !IsWeak && !other.IsWeak && Opaque == other.Opaque;
    public bool WeakEquals(EntityTag other) => Opaque == other.Opaque;

    public override string ToString() => (IsWeak ? "W/\"" : "\"") + Opaque + "\"";

    /// <summary>Parses "*" or a comma-separated list of entity tags; null if malformed.</summary>
    public static List<EntityTag>? ParseList(string header, out bool any)
    {
        any = header.Trim() == "*";
        var tags = new List<EntityTag>();
        if (any) return tags;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            bool weak = part.StartsWith("W/", StringComparison.Ordinal);
            var quoted = weak ? part[2..] : part;
            if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"' || quoted[1..^1].Contains('"'))
                return null;
            tags.Add(new EntityTag(quoted[1..^1], weak));
        }
        return tags;
    }
}
// </EntityTag>

public enum PreconditionOutcome { Proceed, NotModified, PreconditionFailed }

public static class Preconditions
{
    // <Evaluate>
    /// <summary>RFC 9110 §13.2.2: the order in which a server evaluates preconditions.</summary>
    public static PreconditionOutcome Evaluate(string method, EntityTag current, DateTimeOffset lastModified,
        string? ifMatch, string? ifNoneMatch, string? ifModifiedSince, string? ifUnmodifiedSince)
    {
        bool safe = method is "GET" or "HEAD";
        lastModified = lastModified.AddTicks(-(lastModified.Ticks % TimeSpan.TicksPerSecond)); // HTTP-date has 1 s resolution

        // 1. If-Match: STRONG comparison; a weak ETag never matches (§13.1.1)
        if (ifMatch is not null)
        {
            var tags = EntityTag.ParseList(ifMatch, out bool any);
            if (!any && (tags is null || !tags.Any(t => t.StrongEquals(current))))
                return PreconditionOutcome.PreconditionFailed;
        }
        // 2. If-Unmodified-Since, only without If-Match
        else if (TryDate(ifUnmodifiedSince, out var ius) && lastModified > ius)
            return PreconditionOutcome.PreconditionFailed;

        // 3. If-None-Match: WEAK comparison (§13.1.2); takes precedence over If-Modified-Since
        if (ifNoneMatch is not null)
        {
            var tags = EntityTag.ParseList(ifNoneMatch, out bool any);
            if (any || (tags is not null && tags.Any(t => t.WeakEquals(current))))
                return safe ? PreconditionOutcome.NotModified : PreconditionOutcome.PreconditionFailed;
        }
        // 4. If-Modified-Since, only for GET/HEAD and only without If-None-Match
        else if (safe && TryDate(ifModifiedSince, out var ims) && lastModified <= ims)
            return PreconditionOutcome.NotModified;

        return PreconditionOutcome.Proceed;
    }

    // An invalid date makes the header ignored (§13.1.3, §13.1.4).
    private static bool TryDate(string? value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out date);
    // </Evaluate>
}
