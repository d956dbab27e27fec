namespace UnderLoad.Snippets.DistributedTransactions;

public enum Vote { Yes, No }

public enum ParticipantState { Working, Prepared, Committed, Aborted }

/// <summary>Where the test makes the coordinator die.</summary>
public enum CrashPoint { None, AfterPrepare, AfterDecisionLogged }

public sealed class CoordinatorCrashedException(CrashPoint point) : Exception($"coordinator crashed: {point}");

// <Participant>
/// <summary>A resource manager (one database) in a two-phase commit.</summary>
public sealed class Participant(string name, TimeProvider clock, TimeSpan workTimeout, bool voteYes = true)
{
    private readonly DateTimeOffset _started = clock.GetUtcNow();

    public string Name { get; } = name;
    public ParticipantState State { get; private set; } = ParticipantState.Working;

    /// <summary>Row locks are held from the first write until the outcome is known.</summary>
    public bool HoldsLocks => State is ParticipantState.Working or ParticipantState.Prepared;

    public Vote Prepare()
    {
        if (State != ParticipantState.Working) return State == ParticipantState.Prepared ? Vote.Yes : Vote.No;
        if (!voteYes) { State = ParticipantState.Aborted; return Vote.No; }
        // Force the redo log to disk: from here on this participant has promised it CAN commit.
        State = ParticipantState.Prepared;
        return Vote.Yes;
    }

    public void Commit() => State = State == ParticipantState.Prepared || State == ParticipantState.Committed
        ? ParticipantState.Committed
        : throw new InvalidOperationException($"{Name}: commit in state {State}");

    public void Abort() => State = State == ParticipantState.Committed
        ? throw new InvalidOperationException($"{Name}: abort after commit")
        : ParticipantState.Aborted;

    /// <summary>
    /// Called periodically. Before voting, a participant may give up on its own. After voting yes it may
    /// not: the coordinator might already have decided commit. It stays in doubt, locks held.
    /// </summary>
    public void OnTimer()
    {
        if (State == ParticipantState.Working && clock.GetUtcNow() - _started > workTimeout)
            State = ParticipantState.Aborted;
    }
}
// </Participant>

// <Coordinator>
/// <summary>The coordinator's decision log: it survives a crash (it is on disk).</summary>
public sealed class DecisionLog
{
    private readonly Dictionary<string, bool> _decisions = new();
    public void Record(string txId, bool commit) => _decisions[txId] = commit;
    public bool? Find(string txId) => _decisions.TryGetValue(txId, out var c) ? c : null;
}

public sealed class Coordinator(DecisionLog log, IReadOnlyList<Participant> participants)
{
    public bool Run(string txId, CrashPoint crash = CrashPoint.None)
    {
        // Phase 1: ask everyone to prepare. One "no" (or a timeout) means abort.
        var allYes = participants.Select(p => p.Prepare()).ToList().TrueForAll(v => v == Vote.Yes);
        if (crash == CrashPoint.AfterPrepare) throw new CoordinatorCrashedException(crash);

        // The commit point: the decision is durable before anyone is told.
        log.Record(txId, allYes);
        if (crash == CrashPoint.AfterDecisionLogged) throw new CoordinatorCrashedException(crash);

        // Phase 2: deliver the decision (retried until acknowledged in a real system).
        foreach (var p in participants) { if (allYes) p.Commit(); else p.Abort(); }
        return allYes;
    }

    /// <summary>After a restart: finish what the log says; no decision logged means abort (presumed abort).</summary>
    public bool Recover(string txId)
    {
        var commit = log.Find(txId) ?? false;
        if (log.Find(txId) is null) log.Record(txId, false);
        foreach (var p in participants) { if (commit) p.Commit(); else p.Abort(); }
        return commit;
    }
}
// </Coordinator>
