using System.CommandLine;
using Spectre.Console;

namespace UnderLoad.Generator.Cli;

/// <summary>`init [dir]`: writes a starter site that builds cleanly — site.yml, a home page, one chapter and SUMMARY.md.</summary>
public static class InitCommand
{
    private static readonly Argument<string?> Folder = new("dir") { Description = "Folder to write the starter site into (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };

    public static Command Create()
    {
        var command = new Command("init", "Write a starter site (site.yml, README.md, a chapter, SUMMARY.md) into a folder; build it with `underload build` there.");
        command.Arguments.Add(Folder);
        command.SetAction(result =>
        {
            var dir = Path.GetFullPath(result.GetValue(Folder) ?? ".");
            var name = Path.GetFileName(dir.TrimEnd('/', '\\'));
            var existing = StarterSite.Files(name).Keys.Where(f => File.Exists(Path.Combine(dir, f))).ToList();
            if (existing.Count > 0)
            {
                foreach (var file in existing)
                {
                    Console.Error.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(dir, file))}:0: error: the file exists already\n    hint: init writes a new site; run it in an empty folder, or move the file away.");
                }

                return 1;
            }

            foreach (var (file, text) in StarterSite.Files(name))
            {
                var path = Path.Combine(dir, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }

            var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), dir);
            AnsiConsole.MarkupLine($"[green]Wrote[/] a starter site into {Markup.Escape(shown)}: {string.Join(", ", StarterSite.Files(name).Keys)}.");
            AnsiConsole.MarkupLine(Markup.Escape($"Build it: cd {shown} && underload build   (then open output/index.html)"));
            return 0;
        });
        return command;
    }
}
