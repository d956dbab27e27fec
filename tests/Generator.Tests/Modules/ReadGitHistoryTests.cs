using UnderLoad.Generator.Modules;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Modules;

/// <summary>
/// Pages in a git checkout carry the date of the newest commit that touched them, found by asking git for the
/// repository; outside one, git is not asked at all and the pages carry no date.
/// </summary>
public sealed class ReadGitHistoryTests : IDisposable
{
    private readonly TestSite _site = new();

    private string BuildAndReadTopic()
    {
        _site.Write("topics/01-a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText.\n");
        // No repository root given: the build finds it the way the command line does.
        var result = UnderLoad.Generator.Pipeline.SiteBuilder.Build(_site.Options() with { RepositoryRoot = null });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return _site.ReadOutput("topics/01-a.html");
    }

    [Fact]
    public void Outside_a_checkout_git_is_not_asked_and_pages_have_no_date()
    {
        Assert.False(ReadGitHistory.InGitCheckout(_site.Input));
        Assert.DoesNotContain("Last updated", BuildAndReadTopic());
    }

    [Fact]
    public void In_a_checkout_a_page_carries_its_last_commit_date_from_any_folder_below_the_root()
    {
        Tool.Run(_site.Root, "git", ["init", "-q"]);
        _site.Write("topics/01-a.md", TestSite.Page("Topic A", "About A.", 1) + "\nText.\n");
        Tool.CommitAll(_site.Root, "2025-07-14T10:00:00Z");
        Assert.True(ReadGitHistory.InGitCheckout(Path.Combine(_site.Input, "topics")));
        Assert.Contains("Last updated <time datetime=\"2025-07-14\">14 July 2025</time>", BuildAndReadTopic());
    }

    [Fact]
    public void A_worktree_whose_git_is_a_file_counts_as_a_checkout()
    {
        File.WriteAllText(Path.Combine(_site.Root, ".git"), "gitdir: /elsewhere/.git/worktrees/site\n");
        Assert.True(ReadGitHistory.InGitCheckout(_site.Input));
    }

    public void Dispose() => _site.Dispose();
}
