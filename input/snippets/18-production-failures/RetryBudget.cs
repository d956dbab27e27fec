namespace UnderLoad.Snippets.ProductionFailures;

// <RetryBudget>
/// <summary>
/// Retries are allowed only while they stay below <paramref name="ratio"/> of requests: every request
/// deposits <c>ratio</c> tokens, every retry withdraws one. <paramref name="reserve"/> tokens (the start
/// balance and the cap) let a quiet service still retry a rare blip.
/// </summary>
public sealed class RetryBudget(double ratio, double reserve = 10)
{
    private readonly Lock _gate = new();
    private readonly double _cap = reserve;
    private double _tokens = reserve;

    public int RetriesAllowed { get; private set; }
    public int RetriesDenied { get; private set; }

    public void RecordRequest()
    {
        lock (_gate) _tokens = Math.Min(_cap, _tokens + ratio);
    }

    public bool TryWithdrawRetry()
    {
        lock (_gate)
        {
            if (_tokens < 1)
            {
                RetriesDenied++;
                return false;
            }
            _tokens -= 1;
            RetriesAllowed++;
            return true;
        }
    }
}
// </RetryBudget>
