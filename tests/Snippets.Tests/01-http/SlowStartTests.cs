using System.Text;
using UnderLoad.Snippets.Http;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.Http;

public class SlowStartTests
{
    private const int Mss = 1460;

    [Fact]
    public void Initial_window_is_ten_segments_under_rfc_6928_and_three_under_rfc_3390()
    {
        Assert.Equal(14_600, SlowStart.InitialWindowRfc6928(Mss));
        Assert.Equal(4_380, SlowStart.InitialWindowRfc3390(Mss));
        Assert.Equal(10 * 1000, SlowStart.InitialWindowRfc6928(1000));   // 10*MSS is the smaller term
        Assert.Equal(2 * 9000, SlowStart.InitialWindowRfc6928(9000));    // jumbo frames: 2*MSS floor
    }

    [Fact]
    public void Window_doubles_each_round_trip()
    {
        var iw = SlowStart.InitialWindowRfc6928(Mss);
        Assert.Equal(1, SlowStart.RoundTrips(iw, Mss, iw));
        Assert.Equal(2, SlowStart.RoundTrips(iw + 1, Mss, iw));
        Assert.Equal(2, SlowStart.RoundTrips(3 * iw, Mss, iw));          // 1 + 2 windows
        Assert.Equal(3, SlowStart.RoundTrips(3 * iw + 1, Mss, iw));
        Assert.Equal(4, SlowStart.RoundTrips(100 * 1024, Mss, iw));      // 14.6 + 29.2 + 58.4 kB < 100 KiB
    }

    [Fact]
    public void Above_ssthresh_growth_is_one_segment_per_round_trip()
    {
        // 14 600, then 29 200 (capped at ssthresh), then 30 660: linear growth.
        Assert.Equal(3, SlowStart.RoundTrips(14_600 + 29_200 + 30_660, Mss, 14_600, ssthresh: 29_200));
        Assert.Equal(4, SlowStart.RoundTrips(14_600 + 29_200 + 30_660 + 1, Mss, 14_600, ssthresh: 29_200));
        Assert.Throws<ArgumentOutOfRangeException>(() => SlowStart.RoundTrips(0, Mss, 14_600));
    }

    [Fact]
    public void Round_trips_by_response_size()
    {
        var sizes = new (string Label, long Bytes)[]
        {
            ("4 KB", 4_000), ("14 KB", 14_000), ("15 KB", 15_000), ("50 KB", 50_000), ("100 KB", 100_000),
            ("500 KB", 500_000), ("1 MB", 1_000_000), ("10 MB", 10_000_000),
        };
        var text = new StringBuilder();
        text.AppendLine("| response | IW = 3 segments (RFC 3390) | IW = 10 segments (RFC 6928) |");
        text.AppendLine("|---|---|---|");
        foreach (var (label, bytes) in sizes)
        {
            var old = SlowStart.RoundTrips(bytes, Mss, SlowStart.InitialWindowRfc3390(Mss));
            var now = SlowStart.RoundTrips(bytes, Mss, SlowStart.InitialWindowRfc6928(Mss));
            text.AppendLine($"| {label} | {old} | {now} |");
        }
        Snapshot.Verify(text.ToString(), "RoundTrips");
    }
}
