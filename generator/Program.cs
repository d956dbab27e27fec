using System.CommandLine;
using UnderLoad.Generator.Cli;

// Under Load's site generator. Verbs: build (input/ + theme/ → output/), serve (preview with live reload), pdf (the printed book).
var root = new RootCommand("Builds the Under Load handbook: markdown, diagrams and tested C# snippets into a static site.")
{
    BuildCommand.Create(),
    ServeCommand.Create(),
    PdfCommand.Create(),
};
return root.Parse(args).Invoke();
