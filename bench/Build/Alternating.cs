using System.Globalization;

namespace UnderLoad.Bench.Build;

/// <summary>
/// The comparison issue 19 asks for: Under Load and Hugo on the same synthetic corpus, cold every time (each run's
/// output and cache moved aside first; ours gets a fresh --cache folder), in alternating order (ours then Hugo, then
/// Hugo then ours, ...) so a busy minute on a shared machine falls on both. Reported as our time over Hugo's, pair by
/// pair: the median and the spread, with each tool's peak resident memory.
/// </summary>
public static class Alternating
{
    public sealed record Pair(Measurement Ours, Measurement Hugo)
    {
        public double Ratio => Ours.Seconds / Hugo.Seconds;
    }

    public static List<Pair> Measure(string generator, string theme, string hugo, string root, int pairs)
    {
        var oursDir = Path.Combine(root, "ours");
        var hugoDir = Path.Combine(root, "hugo");
        var result = new List<Pair>();
        for (var i = 0; i < pairs; i++)
        {
            var ourOut = Path.Combine(oursDir, "output");
            var ourCache = Path.Combine(oursDir, "cache-" + i);
            Measurement RunOurs() => Runner.Time("dotnet",
                [generator, "build", "--input", Path.Combine(oursDir, "input"), "--output", ourOut, "--theme", theme, "--cache", ourCache],
                oursDir, before: () => { Runner.Delete(ourOut); Runner.Delete(ourCache); });
            Measurement RunHugo() => Runner.Time(hugo, ["--source", hugoDir, "--destination", Path.Combine(hugoDir, "public"), "--quiet"],
                hugoDir, before: () => { Runner.Delete(Path.Combine(hugoDir, "public")); Runner.Delete(Path.Combine(hugoDir, "resources")); });

            Measurement ours, theirs;
            if (i % 2 == 0)
            {
                ours = RunOurs();
                theirs = RunHugo();
            }
            else
            {
                theirs = RunHugo();
                ours = RunOurs();
            }

            if (ours.ExitCode != 0) throw new InvalidOperationException("the generator failed:\n" + ours.Output[^Math.Min(3000, ours.Output.Length)..]);
            if (theirs.ExitCode != 0) throw new InvalidOperationException("Hugo failed:\n" + theirs.Output[^Math.Min(3000, theirs.Output.Length)..]);
            Console.WriteLine($"    pair {i + 1}: ours {ours.Seconds:F2} s / {ours.PeakBytes / 1048576.0:F0} MB, Hugo {theirs.Seconds:F2} s / {theirs.PeakBytes / 1048576.0:F0} MB, ratio {ours.Seconds / theirs.Seconds:F2}");
            result.Add(new Pair(ours, theirs));
        }

        return result;
    }

    public static string Row(int pages, IReadOnlyList<Pair> pairs)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
        var ours = pairs.Select(p => p.Ours.Seconds).ToList();
        var hugo = pairs.Select(p => p.Hugo.Seconds).ToList();
        var ratios = pairs.Select(p => p.Ratio).ToList();
        return $"| {pages} | {pairs.Count} | {F(Median(ours))} ({F(ours.Min())}–{F(ours.Max())}) | {F(Median(hugo))} ({F(hugo.Min())}–{F(hugo.Max())}) | " +
               $"**{F(Median(ratios))}×** ({F(ratios.Min())}–{F(ratios.Max())}) | {pairs.Max(p => p.Ours.PeakBytes) / 1048576.0:F0} | {pairs.Max(p => p.Hugo.PeakBytes) / 1048576.0:F0} |";
    }

    public const string Header = "| pages | pairs | Under Load cold s, median (min–max) | Hugo cold s, median (min–max) | ours ÷ Hugo, median (min–max) | Under Load peak MB | Hugo peak MB |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |";
}
