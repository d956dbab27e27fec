using Microsoft.Extensions.Logging;
using UnderLoad.Snippets.Observability;

namespace UnderLoad.Snippets.Tests.Observability;

public class LogRedactorTests
{
    [Theory]
    [InlineData("login failed for jane.doe+shop@example.co.uk from 10.0.0.7", "login failed for [EMAIL] from 10.0.0.7")]
    [InlineData("Authorization: Bearer abc.DEF-123_x/y+z==", "Authorization: Bearer [SECRET]")]
    [InlineData("retrying with password=hunter2&user=7", "retrying with password=[SECRET]&user=7")]
    [InlineData("api_key: sk_live_51H8", "api_key: [SECRET]")]
    [InlineData("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.sig-nature_1 rejected", "token [JWT] rejected")]
    [InlineData("charged 4111 1111 1111 1111 ok", "charged [CARD ****1111] ok")]
    [InlineData("charged 5500-0000-0000-0004 ok", "charged [CARD ****0004] ok")]
    [InlineData("charged 378282246310005 ok", "charged [CARD ****0005] ok")]
    public void Redacts_pii_and_secrets(string input, string expected)
    {
        Assert.Equal(expected, LogRedactor.Redact(input));
    }

    [Theory]
    [InlineData("order 1234567890123 shipped")]        // 13 digits, fails Luhn: an order id, not a card
    [InlineData("took 250 ms, status 200")]
    [InlineData("user@localhost is not an address with a domain")]
    public void Leaves_ordinary_text_alone(string input)
    {
        Assert.Equal(input, LogRedactor.Redact(input));
    }

    [Fact]
    public void Luhn_accepts_test_cards_and_rejects_a_changed_digit()
    {
        Assert.True(LogRedactor.PassesLuhn("4111111111111111"));
        Assert.False(LogRedactor.PassesLuhn("4111111111111112"));
    }

    [Fact]
    public void Redacting_logger_redacts_before_the_provider_sees_the_message()
    {
        var sink = new ListLogger();
        ILogger logger = new RedactingLogger(sink);

        logger.LogWarning("Payment by {Email} with card {Card} declined", "bob@example.com", "4111-1111-1111-1111");
        logger.LogDebug("not enabled: bob@example.com");
        using (logger.BeginScope("scope")) { }

        Assert.Equal(["Payment by [EMAIL] with card [CARD ****1111] declined"], sink.Messages);
        Assert.Equal(1, sink.Scopes);
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Messages { get; } = [];
        public int Scopes { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            Scopes++;
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => Messages.Add(formatter(state, exception));
    }
}
