using System.Globalization;
using System.Text;
using UnderLoad.Snippets.ProductionFailures;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.ProductionFailures;

public class RetryAmplificationTests
{
    [Fact]
    public void Three_layers_of_three_attempts_send_27_calls_to_the_backend_for_one_request()
    {
        var (top, backend) = RetryStack.Build(layers: 3, attemptsPerLayer: 3);

        var ok = top.Handle();

        Assert.False(ok);
        Assert.Equal(27, backend.Calls);
        Assert.Equal(RetryStack.Amplification(3, 3), backend.Calls);
    }

    [Theory]
    [InlineData(1, 3, 3)]
    [InlineData(2, 3, 9)]
    [InlineData(4, 3, 81)]
    [InlineData(3, 1, 1)]
    [InlineData(3, 5, 125)]
    public void Backend_calls_grow_as_attempts_to_the_power_of_layers(int layers, int attempts, int expected)
    {
        var (top, backend) = RetryStack.Build(layers, attempts);
        top.Handle();
        Assert.Equal(expected, backend.Calls);
        Assert.Equal(expected, RetryStack.Amplification(layers, attempts));
    }

    [Fact]
    public void A_retry_budget_per_layer_caps_amplification_near_one_plus_ratio_per_layer()
    {
        var (top, backend) = RetryStack.Build(3, 3, () => new RetryBudget(ratio: 0.1, reserve: 10));

        for (var i = 0; i < 1_000; i++) top.Handle();

        // Without the budget: 27,000 calls. With 10% per layer: about 1,000 x 1.1^3, plus the reserves.
        Assert.InRange(backend.Calls, 1_000, 1_400);
    }

    [Fact]
    public void Budget_denies_retries_once_tokens_run_out_and_refills_from_requests()
    {
        var budget = new RetryBudget(ratio: 0.5, reserve: 2);

        Assert.True(budget.TryWithdrawRetry());
        Assert.True(budget.TryWithdrawRetry());
        Assert.False(budget.TryWithdrawRetry());

        budget.RecordRequest();
        Assert.False(budget.TryWithdrawRetry()); // 0.5 tokens: not enough
        budget.RecordRequest();
        Assert.True(budget.TryWithdrawRetry());

        for (var i = 0; i < 100; i++) budget.RecordRequest();
        Assert.True(budget.TryWithdrawRetry());
        Assert.True(budget.TryWithdrawRetry());
        Assert.False(budget.TryWithdrawRetry()); // capped at the reserve of 2, not 50
        Assert.Equal(5, budget.RetriesAllowed);
        Assert.Equal(3, budget.RetriesDenied);
    }

    [Fact]
    public void Layers_stop_retrying_once_the_backend_recovers()
    {
        var flaky = new FlakyBackend(failuresBeforeSuccess: 2);
        var layer = new RetryingLayer(flaky, maxAttempts: 3);

        Assert.True(layer.Handle());
        Assert.Equal(3, flaky.Calls);
        Assert.Equal(1, layer.Calls);
    }

    [Fact]
    public void Amplification_table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| layers | attempts per layer | backend calls, no budget | backend calls, 10% budget |");
        sb.AppendLine("|---:|---:|---:|---:|");
        foreach (var layers in new[] { 1, 2, 3, 4 })
        {
            var (plainTop, plain) = RetryStack.Build(layers, 3);
            var (budgetTop, budgeted) = RetryStack.Build(layers, 3, () => new RetryBudget(0.1));
            for (var i = 0; i < 1_000; i++)
            {
                plainTop.Handle();
                budgetTop.Handle();
            }
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {layers} | 3 | {plain.Calls:N0} ({plain.Calls / 1000.0:0.##}x) | {budgeted.Calls:N0} ({budgeted.Calls / 1000.0:0.##}x) |"));
        }
        Snapshot.Verify(sb.ToString(), "AmplificationTable");
    }

    private sealed class FlakyBackend(int failuresBeforeSuccess) : IService
    {
        public int Calls { get; private set; }

        public bool Handle() => ++Calls > failuresBeforeSuccess;
    }
}
