namespace UnderLoad.Snippets.ProductionFailures;

// <Layers>
public interface IService
{
    bool Handle();
}

/// <summary>The bottom of the stack, overloaded: every call fails and is counted.</summary>
public sealed class OverloadedBackend : IService
{
    public int Calls { get; private set; }

    public bool Handle()
    {
        Calls++;
        return false;
    }
}

/// <summary>A service that calls the next layer and retries failures, as most client libraries do by default.</summary>
public sealed class RetryingLayer(IService next, int maxAttempts, RetryBudget? budget = null) : IService
{
    public int Calls { get; private set; }

    public bool Handle()
    {
        Calls++;
        budget?.RecordRequest();
        for (var attempt = 1; ; attempt++)
        {
            if (next.Handle()) return true;
            if (attempt == maxAttempts) return false;          // out of attempts: fail upwards
            if (budget is not null && !budget.TryWithdrawRetry()) return false; // budget spent: fail fast
        }
    }
}
// </Layers>

public static class RetryStack
{
    // <Build>
    /// <summary>Builds layers on top of one backend: the outermost layer is the one the client calls.</summary>
    public static (IService Top, OverloadedBackend Backend) Build(
        int layers, int attemptsPerLayer, Func<RetryBudget?>? budgetPerLayer = null)
    {
        var backend = new OverloadedBackend();
        IService current = backend;
        for (var i = 0; i < layers; i++)
            current = new RetryingLayer(current, attemptsPerLayer, budgetPerLayer?.Invoke());
        return (current, backend);
    }

    /// <summary>Calls that reach the backend for one failing request: attempts ^ layers.</summary>
    public static long Amplification(int layers, int attemptsPerLayer) =>
        (long)Math.Pow(attemptsPerLayer, layers);
    // </Build>
}
