namespace UnderLoad.Generator.Pipeline;

/// <summary>"Did you mean …?" for error hints: the closest candidate by edit distance, if it is close.</summary>
public static class Suggest
{
    public static string? Closest(IEnumerable<string> candidates, string target)
    {
        var best = candidates.Select(c => (Candidate: c, Distance: Distance(c, target))).OrderBy(c => c.Distance).FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(3, target.Length / 3) ? best.Candidate : null;
    }

    public static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
