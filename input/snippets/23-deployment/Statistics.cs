namespace UnderLoad.Snippets.Deployment;

/// <summary>Chi-square and normal tail probabilities, via the regularized upper incomplete gamma function.</summary>
public static class Stats
{
    /// <summary>P(X >= x) for a chi-square variable with <paramref name="df"/> degrees of freedom.</summary>
    public static double ChiSquareSurvival(double x, int df) => x <= 0 ? 1.0 : UpperGamma(df / 2.0, x / 2.0);

    /// <summary>One-sided P(Z >= z) for a standard normal Z.</summary>
    public static double NormalSurvival(double z) =>
        z >= 0 ? 0.5 * ChiSquareSurvival(z * z, 1) : 1 - 0.5 * ChiSquareSurvival(z * z, 1);

    // Q(a, x), Numerical Recipes style: series for x < a + 1, continued fraction otherwise.
    private static double UpperGamma(double a, double x)
    {
        var lnPrefix = -x + a * Math.Log(x) - LogGamma(a);
        if (x < a + 1)
        {
            double sum = 1 / a, term = sum;
            for (var n = 1; n < 500 && Math.Abs(term) > Math.Abs(sum) * 1e-15; n++)
            {
                term *= x / (a + n);
                sum += term;
            }
            return 1 - sum * Math.Exp(lnPrefix);
        }
        double b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
        for (var i = 1; i < 500; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b; if (Math.Abs(d) < 1e-300) d = 1e-300;
            c = b + an / c; if (Math.Abs(c) < 1e-300) c = 1e-300;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15) break;
        }
        return Math.Exp(lnPrefix) * h;
    }

    // Lanczos approximation (g = 7, n = 9).
    private static double LogGamma(double x)
    {
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        x -= 1;
        var a = g[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++) a += g[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }
}
