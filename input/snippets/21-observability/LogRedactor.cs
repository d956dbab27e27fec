using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace UnderLoad.Snippets.Observability;

// <LogRedactor>
public static partial class LogRedactor
{
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)\b(bearer\s+|(?:password|secret|token|api[_-]?key)\s*[=:]\s*)[^\s,;&""]+")]
    private static partial Regex Secret();

    [GeneratedRegex(@"\b\d(?:[ -]?\d){12,18}\b")]
    private static partial Regex CardCandidate();

    public static string Redact(string message)
    {
        message = Jwt().Replace(message, "[JWT]");
        message = Secret().Replace(message, m => m.Groups[1].Value + "[SECRET]");
        message = Email().Replace(message, "[EMAIL]");
        return CardCandidate().Replace(message, m =>
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            return PassesLuhn(digits) ? $"[CARD ****{digits[^4..]}]" : m.Value; // order ids stay readable
        });
    }

    /// <summary>The checksum every payment card number satisfies (ISO/IEC 7812).</summary>
    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1 && (d *= 2) > 9) d -= 9;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
// </LogRedactor>

// <RedactingLogger>
/// <summary>Wraps a logger so the formatted message is redacted before any provider sees it.</summary>
public sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var redacted = LogRedactor.Redact(formatter(state, exception));
        inner.Log(logLevel, eventId, redacted, exception, (s, _) => s);
    }
}
// </RedactingLogger>
