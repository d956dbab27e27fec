using UnderLoad.Snippets.DistributedTransactions;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedTransactions;

public class SagaOrchestratorTests
{
    private readonly List<string> _calls = [];

    private SagaStep Step(string name, Func<bool>? fail = null, Func<bool>? failCompensation = null) => new(
        name,
        _ => { _calls.Add($"do {name}"); return fail?.Invoke() == true ? throw new InvalidOperationException($"{name} rejected") : Task.CompletedTask; },
        _ => { _calls.Add($"undo {name}"); return failCompensation?.Invoke() == true ? throw new TimeoutException($"{name} timed out") : Task.CompletedTask; });

    [Fact]
    public async Task All_steps_succeed_without_compensation()
    {
        var saga = new SagaOrchestrator([Step("reserve-stock"), Step("charge-card"), Step("create-shipment")]);
        var log = new SagaLog();
        Assert.Equal(SagaOutcome.Completed, await saga.RunAsync(log));
        Assert.Equal(["do reserve-stock", "do charge-card", "do create-shipment"], _calls);
        Assert.DoesNotContain(_calls, c => c.StartsWith("undo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failing_step_compensates_completed_steps_in_reverse_order()
    {
        var saga = new SagaOrchestrator([Step("reserve-stock"), Step("charge-card"), Step("create-shipment", fail: () => true), Step("send-email")]);
        var log = new SagaLog();
        Assert.Equal(SagaOutcome.Compensated, await saga.RunAsync(log));
        Assert.Equal(["do reserve-stock", "do charge-card", "do create-shipment", "undo charge-card", "undo reserve-stock"], _calls);
        Assert.Empty(log.Completed);
        Snapshot.Verify(string.Join("\n", log.Events), "Compensation");
    }

    [Fact]
    public async Task Transient_compensation_failure_is_retried_and_exhaustion_goes_to_a_human()
    {
        var refundFailures = 1;
        var saga = new SagaOrchestrator([Step("charge-card", failCompensation: () => refundFailures-- > 0), Step("create-shipment", fail: () => true)]);
        Assert.Equal(SagaOutcome.Compensated, await saga.RunAsync(new SagaLog()));
        Assert.Equal(2, _calls.Count(c => c == "undo charge-card"));

        _calls.Clear();
        var stuck = new SagaOrchestrator([Step("charge-card", failCompensation: () => true), Step("create-shipment", fail: () => true)], compensationAttempts: 3);
        var log = new SagaLog();
        Assert.Equal(SagaOutcome.CompensationFailed, await stuck.RunAsync(log));
        Assert.Equal(3, _calls.Count(c => c == "undo charge-card"));
        Assert.Equal(["charge-card"], log.Completed); // still owed: the refund must be finished by someone
    }

    [Fact]
    public async Task Orchestrator_crash_resumes_from_its_log_without_redoing_completed_steps()
    {
        var crashed = false;
        SagaStep charge = new("charge-card", _ => { _calls.Add("do charge-card"); return Task.CompletedTask; }, _ => Task.CompletedTask);
        SagaStep create = new("create-order", _ =>
        {
            if (!crashed) { crashed = true; throw new OrchestratorCrashedException(); }
            _calls.Add("do create-order"); return Task.CompletedTask;
        }, _ => Task.CompletedTask);
        var log = new SagaLog();

        await Assert.ThrowsAsync<OrchestratorCrashedException>(() => new SagaOrchestrator([charge, create]).RunAsync(log));
        Assert.Equal(["charge-card"], log.Completed); // the user paid; the order does not exist yet

        Assert.Equal(SagaOutcome.Completed, await new SagaOrchestrator([charge, create]).RunAsync(log));
        Assert.Equal(["do charge-card", "do create-order"], _calls); // charged once
    }

    [Fact]
    public async Task Crash_while_compensating_resumes_compensating()
    {
        var log = new SagaLog { Compensating = true };
        log.Completed.AddRange(["reserve-stock", "charge-card"]);
        var saga = new SagaOrchestrator([Step("reserve-stock"), Step("charge-card"), Step("create-shipment")]);
        Assert.Equal(SagaOutcome.Compensated, await saga.RunAsync(log));
        Assert.Equal(["undo charge-card", "undo reserve-stock"], _calls);
    }
}
