using System.Runtime.InteropServices;
using System.Text;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Writes every page and extra file into the staging folder (never into output/ directly). A file whose bytes
/// equal those already in output/ is hard-linked from there instead of written again, and new files are created
/// in one folder per worker and then renamed into place: creating a file holds its folder's lock, so creating
/// thousands of files in one folder (pages/) from several threads is no faster than from one, while a rename
/// is cheap. A warm build of 3000 pages writes almost nothing; a cold one creates files in parallel.
/// </summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private const string WorkFolder = ".write";

    public string Phase => "write";

    public IReadOnlyList<Product> Needs => [Products.ValidatedLinks, Products.SiteFiles, Products.OfflineBook];

    public IReadOnlyList<Product> Produces => [];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var staging = context.StagingDir;
        var previous = Path.GetFullPath(context.Options.OutputDir);
        var files = documents.Select(d => (d.OutputPath, Bytes: (byte[]?)null, Document: (Document?)d))
            .Concat(context.ExtraFiles.Select(kv => (OutputPath: kv.Key, Bytes: (byte[]?)kv.Value, Document: (Document?)null)))
            .ToList();
        foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.OutputPath))!).Distinct())
        {
            Directory.CreateDirectory(dir);
        }

        var workers = Math.Max(2, Environment.ProcessorCount * 2);
        var work = Enumerable.Range(0, workers).Select(i => Directory.CreateDirectory(Path.Combine(staging, WorkFolder, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName).ToArray();
        var canLink = Directory.Exists(previous) && !OperatingSystem.IsWindows();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            for (var i = worker; i < files.Count; i += workers)
            {
                var (path, bytes, document) = files[i];
                var target = Path.Combine(staging, path);
                if (ReferenceEquals(bytes, BuildContext.KeepPrevious))
                {
                    // serve: the previous build's book or archive stays until the full build that follows replaces it.
                    var kept = Path.Combine(previous, path);
                    if (canLink && File.Exists(kept) && Link(kept, target)) continue;
                    bytes = File.Exists(kept) ? File.ReadAllBytes(kept) : [];
                }

                bytes ??= Utf8.GetBytes(document!.Content);
                if (canLink && Unchanged(Path.Combine(previous, path), bytes) && Link(Path.Combine(previous, path), target)) continue;
                var temporary = Path.Combine(work[worker], i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, target, overwrite: true);
            }
        });
        Directory.Delete(Path.Combine(staging, WorkFolder), recursive: true);
        return documents;
    }

    /// <summary>True when output/ already holds exactly these bytes at this path.</summary>
    private static bool Unchanged(string existing, byte[] bytes)
    {
        try
        {
            var info = new FileInfo(existing);
            if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
            return File.ReadAllBytes(existing).AsSpan().SequenceEqual(bytes);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Hard-links an unchanged file into the staging folder; false (then it is written) where links fail.</summary>
    private static bool Link(string existing, string target)
    {
        try
        {
            return link(existing, target) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
}
