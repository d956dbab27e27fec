namespace UnderLoad.Snippets.JsonPitfalls;

// <LocalToInstant>
public enum Ambiguity { Earlier, Later, Reject }

/// <summary>
/// Turning a zone-less local time (Java's LocalDateTime, .NET's DateTime of Kind Unspecified) into an
/// instant needs a zone *and* a rule for the two hours a year where the answer is not unique.
/// </summary>
public static class LocalTimes
{
    public static DateTimeOffset ToInstant(DateTime local, string ianaZone, Ambiguity ambiguity = Ambiguity.Reject)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ianaZone); // IANA ids: "Europe/Berlin"
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);

        if (zone.IsInvalidTime(local)) // spring forward: this wall-clock time never happened
            throw new ArgumentException($"{local:yyyy-MM-ddTHH:mm} does not exist in {ianaZone}.", nameof(local));

        if (zone.IsAmbiguousTime(local)) // fall back: this wall-clock time happened twice
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local).OrderByDescending(o => o).ToArray();
            return ambiguity switch
            {
                Ambiguity.Earlier => new DateTimeOffset(local, offsets[0]), // larger offset = earlier instant
                Ambiguity.Later => new DateTimeOffset(local, offsets[^1]),
                _ => throw new ArgumentException($"{local:yyyy-MM-ddTHH:mm} happens twice in {ianaZone}.", nameof(local)),
            };
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
// </LocalToInstant>

// <EpochUnits>
public static class EpochTimes
{
    // 10^11 seconds is year 5138; 10^11 milliseconds is 1973. A value above it cannot be seconds.
    private const long SecondsCeiling = 100_000_000_000;

    /// <summary>Reject the classic bug: milliseconds where seconds were expected.</summary>
    public static DateTimeOffset FromUnixSecondsStrict(long value) =>
        value is >= 0 and < SecondsCeiling
            ? DateTimeOffset.FromUnixTimeSeconds(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Looks like milliseconds, not seconds.");
}
// </EpochUnits>
