using Spectre.Console;

namespace UnderLoad.Generator.Diagrams;

/// <summary>
/// A progress bar (Spectre.Console) for long work in a terminal — rendering diagrams, printing the PDF — and nothing at
/// all when stdout is not a terminal (CI logs, tests, pipes), so logs hold only what they held before.
/// </summary>
public static class RenderProgress
{
    /// <summary>True when stdout is an interactive terminal Spectre.Console can redraw a progress bar on.</summary>
    public static bool Shown => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/>, which calls its argument once per finished item of <paramref name="total"/>.</summary>
    public static async Task<T> RunAsync<T>(int total, string description, Func<Action, Task<T>> work)
    {
        if (!Shown || total <= 0)
        {
            return await work(() => { }).ConfigureAwait(false);
        }

        T result = default!;
        await AnsiConsole.Progress().AutoClear(true).HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"{description} ({total})", maxValue: total);
                result = await work(() => task.Increment(1)).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>An indeterminate step (a spinner with its description) for work that reports no count.</summary>
    public static async Task<T> StatusAsync<T>(string description, Func<Task<T>> work)
    {
        if (!Shown)
        {
            return await work().ConfigureAwait(false);
        }

        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync(description, _ => work()).ConfigureAwait(false);
    }
}
