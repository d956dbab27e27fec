using System.Runtime.CompilerServices;

namespace UnderLoad.Snippets.Tests.Infrastructure;

/// <summary>
/// Output a page shows is checked by the suite: a test passes its output here, and it must equal the
/// committed <c>{TestFile}.{name}.verified.txt</c> beside the test. On a difference (or when the snapshot
/// is missing) the test fails and writes <c>{TestFile}.{name}.received.txt</c> to compare; accept it by
/// renaming it to <c>.verified.txt</c>. Line endings are normalised to \n.
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var dir = Path.GetDirectoryName(testFile)!;
        var stem = Path.GetFileNameWithoutExtension(testFile);
        var verified = Path.Combine(dir, $"{stem}.{name}.verified.txt");
        var received = Path.Combine(dir, $"{stem}.{name}.received.txt");
        var normalised = actual.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalised)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        var why = File.Exists(verified) ? "differs from" : "has no";
        throw new Xunit.Sdk.XunitException(
            $"Output {why} snapshot {verified}.\nReceived output written to {received}; " +
            "if it is right, rename it to .verified.txt and commit it.\n--- received ---\n" + normalised);
    }
}
