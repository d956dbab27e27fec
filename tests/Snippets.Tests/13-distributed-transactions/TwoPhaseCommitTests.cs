using System.Text;
using Microsoft.Extensions.Time.Testing;
using UnderLoad.Snippets.DistributedTransactions;
using UnderLoad.Snippets.Tests.Infrastructure;

namespace UnderLoad.Snippets.Tests.DistributedTransactions;

public class TwoPhaseCommitTests
{
    private readonly FakeTimeProvider _clock = new();
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private (Coordinator, Participant[], DecisionLog) Setup(bool bVotesYes = true)
    {
        var ps = new[] { new Participant("orders-db", _clock, Timeout), new Participant("payments-db", _clock, Timeout, bVotesYes) };
        var log = new DecisionLog();
        return (new Coordinator(log, ps), ps, log);
    }

    [Fact]
    public void All_yes_votes_commit_everywhere_and_release_locks()
    {
        var (c, ps, log) = Setup();
        Assert.True(c.Run("tx1"));
        Assert.All(ps, p => Assert.Equal(ParticipantState.Committed, p.State));
        Assert.All(ps, p => Assert.False(p.HoldsLocks));
        Assert.True(log.Find("tx1"));
    }

    [Fact]
    public void One_no_vote_aborts_everywhere()
    {
        var (c, ps, log) = Setup(bVotesYes: false);
        Assert.False(c.Run("tx1"));
        Assert.All(ps, p => Assert.Equal(ParticipantState.Aborted, p.State));
        Assert.False(log.Find("tx1"));
    }

    [Fact]
    public void Coordinator_crash_after_prepare_blocks_participants_in_doubt()
    {
        var (c, ps, log) = Setup();
        Assert.Throws<CoordinatorCrashedException>(() => c.Run("tx1", CrashPoint.AfterPrepare));

        // Hours pass; the participants' timers fire again and again: they may not decide alone.
        for (var i = 0; i < 10; i++) { _clock.Advance(TimeSpan.FromMinutes(30)); foreach (var p in ps) p.OnTimer(); }

        Assert.All(ps, p => Assert.Equal(ParticipantState.Prepared, p.State));
        Assert.All(ps, p => Assert.True(p.HoldsLocks));   // the blocking problem
        Assert.Null(log.Find("tx1"));
        var sb = new StringBuilder("after coordinator crash + 5 h of timeouts\n");
        foreach (var p in ps) sb.Append($"{p.Name,-12} state={p.State,-9} holdsLocks={p.HoldsLocks}\n");

        // Only the coordinator's recovery ends it: no logged decision means presumed abort.
        Assert.False(new Coordinator(log, ps).Recover("tx1"));
        Assert.All(ps, p => Assert.Equal(ParticipantState.Aborted, p.State));
        Assert.False(log.Find("tx1"));
        sb.Append("after coordinator recovery (no decision logged: presumed abort)\n");
        foreach (var p in ps) sb.Append($"{p.Name,-12} state={p.State,-9} holdsLocks={p.HoldsLocks}\n");
        Snapshot.Verify(sb.ToString(), "InDoubt");
    }

    [Fact]
    public void Crash_after_decision_logged_recovers_to_commit()
    {
        var (c, ps, log) = Setup();
        Assert.Throws<CoordinatorCrashedException>(() => c.Run("tx1", CrashPoint.AfterDecisionLogged));
        Assert.All(ps, p => Assert.Equal(ParticipantState.Prepared, p.State));
        Assert.True(new Coordinator(log, ps).Recover("tx1"));
        Assert.All(ps, p => Assert.Equal(ParticipantState.Committed, p.State));
        // Phase 2 is retried until acknowledged: commit is idempotent.
        ps[0].Commit();
        Assert.Equal(ParticipantState.Committed, ps[0].State);
    }

    [Fact]
    public void Before_voting_a_participant_may_abort_on_timeout()
    {
        var p = new Participant("orders-db", _clock, Timeout);
        _clock.Advance(TimeSpan.FromSeconds(29)); p.OnTimer();
        Assert.Equal(ParticipantState.Working, p.State);
        _clock.Advance(TimeSpan.FromSeconds(2)); p.OnTimer();
        Assert.Equal(ParticipantState.Aborted, p.State);
        Assert.Equal(Vote.No, p.Prepare());  // a late prepare gets "no"
        Assert.Throws<InvalidOperationException>(p.Commit);
    }

    [Fact]
    public void Prepare_is_repeatable_and_abort_after_commit_is_refused()
    {
        var p = new Participant("orders-db", _clock, Timeout);
        Assert.Equal(Vote.Yes, p.Prepare());
        Assert.Equal(Vote.Yes, p.Prepare());
        p.Commit();
        Assert.Throws<InvalidOperationException>(p.Abort);
    }
}
