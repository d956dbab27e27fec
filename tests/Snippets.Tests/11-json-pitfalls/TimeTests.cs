using System.Text.Json;
using UnderLoad.Snippets.JsonPitfalls;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.JsonPitfalls;

public class TimeTests
{
    [Fact]
    public void Spring_forward_local_time_does_not_exist()
    {
        // Europe/Berlin, 2025-03-30: 02:00 CET jumps to 03:00 CEST
        var ex = Assert.Throws<ArgumentException>(() => LocalTimes.ToInstant(new DateTime(2025, 3, 30, 2, 30, 0), "Europe/Berlin"));
        Assert.Contains("does not exist", ex.Message);
        Assert.Equal(TimeSpan.FromHours(1), LocalTimes.ToInstant(new DateTime(2025, 3, 30, 1, 59, 0), "Europe/Berlin").Offset);
        Assert.Equal(TimeSpan.FromHours(2), LocalTimes.ToInstant(new DateTime(2025, 3, 30, 3, 0, 0), "Europe/Berlin").Offset);
    }

    [Fact]
    public void Fall_back_local_time_happens_twice()
    {
        // Europe/Berlin, 2025-10-26: 03:00 CEST goes back to 02:00 CET
        var local = new DateTime(2025, 10, 26, 2, 30, 0);
        Assert.Throws<ArgumentException>(() => LocalTimes.ToInstant(local, "Europe/Berlin"));
        var earlier = LocalTimes.ToInstant(local, "Europe/Berlin", Ambiguity.Earlier);
        var later = LocalTimes.ToInstant(local, "Europe/Berlin", Ambiguity.Later);
        Assert.Equal("2025-10-26T02:30:00+02:00", earlier.ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal("2025-10-26T02:30:00+01:00", later.ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal(TimeSpan.FromHours(1), later - earlier); // same wall clock, one hour apart
    }

    [Fact]
    public void The_same_zone_less_value_is_a_different_instant_in_each_zone()
    {
        var local = new DateTime(2025, 11, 2, 1, 30, 0); // also the New York fall-back hour
        Assert.Throws<ArgumentException>(() => LocalTimes.ToInstant(local, "America/New_York"));
        var berlin = LocalTimes.ToInstant(local, "Europe/Berlin");
        var newYorkFirst = LocalTimes.ToInstant(local, "America/New_York", Ambiguity.Earlier);
        Assert.Equal(TimeSpan.FromHours(-4), newYorkFirst.Offset);
        Assert.Equal(TimeSpan.FromHours(5), newYorkFirst - berlin);
    }

    [Fact]
    public void DateTimeOffset_round_trips_ISO_8601_with_its_offset()
    {
        var value = new DateTimeOffset(2025, 10, 26, 2, 30, 15, 123, TimeSpan.FromHours(1)).AddTicks(4567);
        var json = JsonSerializer.Serialize(value);
        Assert.Equal("\"2025-10-26T02:30:15.1234567+01:00\"", json);
        var back = JsonSerializer.Deserialize<DateTimeOffset>(json);
        Assert.Equal(value, back);
        Assert.Equal(value.Offset, back.Offset); // not just the same instant: the same offset

        // "Z" and "+00:00" are the same instant; a zone-less DateTime is written without any offset
        Assert.Equal(JsonSerializer.Deserialize<DateTimeOffset>("\"2025-10-26T01:30:15Z\""), JsonSerializer.Deserialize<DateTimeOffset>("\"2025-10-26T02:30:15+01:00\""));
        Assert.Equal("\"2025-10-26T02:30:15\"", JsonSerializer.Serialize(new DateTime(2025, 10, 26, 2, 30, 15, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void Iso_8601_forms_written_by_System_Text_Json()
    {
        var offset = new DateTimeOffset(2025, 10, 26, 2, 30, 15, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        (string Label, string Json, Func<string, object> Read, object Value)[] rows =
        [
            ("`DateTimeOffset`, +01:00", JsonSerializer.Serialize(offset), j => JsonSerializer.Deserialize<DateTimeOffset>(j), offset),
            ("`DateTimeOffset`, UTC", JsonSerializer.Serialize(offset.ToUniversalTime()), j => JsonSerializer.Deserialize<DateTimeOffset>(j), offset.ToUniversalTime()),
            ("`DateTime`, `Kind = Utc`", JsonSerializer.Serialize(offset.UtcDateTime), j => JsonSerializer.Deserialize<DateTime>(j), offset.UtcDateTime),
            ("`DateTime`, `Kind = Unspecified`", JsonSerializer.Serialize(offset.DateTime), j => JsonSerializer.Deserialize<DateTime>(j), offset.DateTime),
        ];
        var lines = new List<string> { "| .NET value | JSON written |", "|---|---|" };
        foreach (var (label, json, read, value) in rows)
        {
            var back = read(json);
            Assert.Equal(value, back);
            if (back is DateTimeOffset dto) Assert.Equal(((DateTimeOffset)value).Offset, dto.Offset);
            if (back is DateTime dt) Assert.Equal(((DateTime)value).Kind, dt.Kind);
            lines.Add($"| {label} | `{json}` |");
        }
        Snapshot.Verify(string.Join("\n", lines), "Iso");
    }

    [Fact]
    public void Truncating_precision_breaks_equality()
    {
        var dotnet = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1_234_567); // 100 ns ticks
        var viaJavaScript = DateTimeOffset.FromUnixTimeMilliseconds(dotnet.ToUnixTimeMilliseconds()); // ms
        Assert.NotEqual(dotnet, viaJavaScript);
        Assert.Equal(TimeSpan.FromTicks(4_567), dotnet - viaJavaScript);
    }

    [Fact]
    public void Milliseconds_read_as_seconds_are_caught()
    {
        const long seconds = 1_700_000_000;
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), EpochTimes.FromUnixSecondsStrict(seconds));
        Assert.Equal(1970, DateTimeOffset.FromUnixTimeMilliseconds(seconds).Year); // the silent bug: 20 days after the epoch
        Assert.Throws<ArgumentOutOfRangeException>(() => EpochTimes.FromUnixSecondsStrict(seconds * 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => EpochTimes.FromUnixSecondsStrict(-1));
    }
}
