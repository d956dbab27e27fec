using System.CommandLine;
using Spectre.Console;
using UnderLoad.Generator.Diagrams;
using UnderLoad.Generator.Offline;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Cli;

/// <summary>pdf: build (unless --no-build), then print output/under-load.html to output/under-load.pdf with headless Chromium.</summary>
public static class PdfCommand
{
    private static readonly Option<bool> NoBuild = new("--no-build") { Description = "Print the under-load.html of the last build instead of building first." };

    public static Command Create()
    {
        var command = new Command("pdf", "Build the site, then print the single-file handbook to output/under-load.pdf (a book: one bookmark per topic).");
        foreach (var option in new Option[] { BuildCommand.Input, BuildCommand.Output, BuildCommand.Theme, BuildCommand.BaseUrl, BuildCommand.Strict, BuildCommand.Cache, BuildCommand.NoCache, NoBuild }) command.Options.Add(option);
        command.SetAction(async (result, cancellation) =>
        {
            var options = BuildCommand.Options(result);
            if (!result.GetValue(NoBuild))
            {
                var outcome = SiteBuilder.Build(options);
                BuildCommand.Report(outcome, options, timings: false);
                if (!outcome.Succeeded) return 1;
            }

            var book = Path.Combine(options.OutputDir, OfflineFiles.Book);
            if (!File.Exists(book))
            {
                Console.Error.WriteLine($"{book}: error: there is no single-file book to print; run `build` first (or drop --no-build).");
                return 1;
            }

            if (!Browser.IsAvailable)
            {
                Console.Error.WriteLine("error: Chromium not found: apt-get install chromium (or set CHROMIUM_PATH).");
                return 1;
            }

            var pdf = Path.Combine(options.OutputDir, OfflineFiles.Pdf);
            var started = System.Diagnostics.Stopwatch.StartNew();
            // A spinner on a terminal while Chromium lays out and prints the whole book (nothing extra in a log).
            var facts = await RenderProgress.StatusAsync("Printing the book to PDF…", () => BookPrinter.PrintAsync(book, pdf));
            AnsiConsole.MarkupLine($"[green]Printed[/] {Markup.Escape(pdf)} in {started.ElapsedMilliseconds} ms.");
            foreach (var line in OfflineSizes.Describe(options.OutputDir, facts)) Console.WriteLine("  " + line);
            return 0;
        });
        return command;
    }
}
