using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>Writes every page and extra file into the staging folder (never into output/ directly).</summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public string Phase => "write";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var staging = context.StagingDir;
        var files = documents.Select(d => (d.OutputPath, Bytes: Utf8.GetBytes(d.Content)))
            .Concat(context.ExtraFiles.Select(kv => (OutputPath: kv.Key, Bytes: kv.Value)))
            .ToList();
        foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.OutputPath))!).Distinct())
        {
            Directory.CreateDirectory(dir);
        }

        Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(staging, file.OutputPath), file.Bytes));
        return documents;
    }
}
