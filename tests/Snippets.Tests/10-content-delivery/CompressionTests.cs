using System.Globalization;
using System.Text;
using UnderLoad.Snippets.ContentDelivery;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ContentDelivery;

public class CompressionTests
{
    private static byte[] SamplePage([System.Runtime.CompilerServices.CallerFilePath] string testFile = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(testFile)!, "sample-page.html"));

    [Fact]
    public void Both_codecs_round_trip_the_page()
    {
        var page = SamplePage();
        Assert.Equal(page, CompressionComparison.Gunzip(CompressionComparison.Gzip(page, 6)));
        Assert.Equal(page, CompressionComparison.Unbrotli(CompressionComparison.Brotli(page, 11)));
    }

    [Fact]
    public void Brotli_at_its_highest_quality_beats_gzip_at_its_highest_level()
    {
        var page = SamplePage();
        int gzip9 = CompressionComparison.Gzip(page, 9).Length;
        int br11 = CompressionComparison.Brotli(page, 11).Length;
        Assert.True(br11 < gzip9 * 0.95, $"br 11 = {br11} B, gzip 9 = {gzip9} B");
        // higher levels never produce bigger output on this input
        Assert.True(CompressionComparison.Brotli(page, 1).Length >= CompressionComparison.Brotli(page, 5).Length);
        Assert.True(CompressionComparison.Gzip(page, 1).Length >= gzip9);
    }

    [Fact]
    public void Ratios_on_this_sites_html()
    {
        var page = SamplePage();
        var rows = CompressionComparison.Compare(page, gzipLevels: [1, 6, 9], brotliQualities: [1, 4, 5, 9, 11]);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"sample-page.html: {page.Length:N0} bytes");
        sb.AppendLine();
        sb.AppendLine("| codec | level | bytes | ratio | saved |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in rows)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Codec} | {r.Level} | {r.CompressedBytes:N0} | {r.Ratio:0.00} | {r.Saved:P1} |");
        Snapshot.Verify(sb.ToString(), "Ratios");
    }
}
