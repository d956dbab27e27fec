namespace UnderLoad.Snippets.DistributedTransactions;

public enum SagaOutcome { Completed, Compensated, CompensationFailed }

// <SagaStep>
/// <summary>A local transaction in one service and the semantic undo for it. Both must be idempotent.</summary>
public sealed record SagaStep(
    string Name,
    Func<CancellationToken, Task> Execute,
    Func<CancellationToken, Task> Compensate);

/// <summary>The orchestrator's durable state: which steps completed, whether it is compensating.</summary>
public sealed class SagaLog
{
    public List<string> Completed { get; } = [];
    public bool Compensating { get; set; }
    public List<string> Events { get; } = [];
}
// </SagaStep>

/// <summary>Stands for the orchestrator process dying: no compensation runs, the log stays as it is.</summary>
public sealed class OrchestratorCrashedException() : Exception("orchestrator process died");

// <Orchestrator>
public sealed class SagaOrchestrator(IReadOnlyList<SagaStep> steps, int compensationAttempts = 3)
{
    /// <summary>Runs (or resumes, from <paramref name="log"/>) the saga.</summary>
    public async Task<SagaOutcome> RunAsync(SagaLog log, CancellationToken ct = default)
    {
        if (!log.Compensating)
        {
            foreach (var step in steps.Where(s => !log.Completed.Contains(s.Name)))
            {
                try
                {
                    await step.Execute(ct);
                    log.Completed.Add(step.Name);          // persisted before the next step starts
                    log.Events.Add($"done {step.Name}");
                }
                catch (Exception e) when (e is not OrchestratorCrashedException)
                {
                    log.Events.Add($"failed {step.Name}: {e.Message}");
                    log.Compensating = true;               // persisted: a restart continues compensating
                    break;
                }
            }
            if (!log.Compensating) return SagaOutcome.Completed;
        }

        // Undo completed steps in reverse order. A compensation may not fail for business reasons;
        // transient failures are retried, and a saga that still cannot compensate goes to a human.
        for (var i = log.Completed.Count - 1; i >= 0; i--)
        {
            var step = steps.First(s => s.Name == log.Completed[i]);
            if (!await TryCompensateAsync(step, log, ct)) return SagaOutcome.CompensationFailed;
            log.Events.Add($"compensated {step.Name}");
            log.Completed.RemoveAt(i);
        }
        return SagaOutcome.Compensated;
    }

    private async Task<bool> TryCompensateAsync(SagaStep step, SagaLog log, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= compensationAttempts; attempt++)
        {
            try { await step.Compensate(ct); return true; }
            catch (Exception e) when (e is not OrchestratorCrashedException)
            {
                log.Events.Add($"compensation of {step.Name} failed (attempt {attempt}): {e.Message}");
            }
        }
        return false;
    }
}
// </Orchestrator>
