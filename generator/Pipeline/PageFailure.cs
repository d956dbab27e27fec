namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// An exception a page caused inside a library (Markdig's nesting limit, a parser's own error) becomes an error at
/// the page's path and line — never a stack trace — and the build goes on to report the other pages.
/// </summary>
public static class PageFailure
{
    /// <summary>A line nested this deep is the likely culprit (Markdig's own limit lies above it).</summary>
    private const int DeepNesting = 64;

    public static void Report(Document document, Exception exception, BuildContext context, string step)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        if (inner.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Error(document.DisplayPath, DeepestLine(document.SourcePath), "markdown nested too deeply to render (block quotes, lists or brackets inside each other)",
                "nest fewer levels: close the quotes or lists, or put the text in a ``` code block if it is meant literally.");
            return;
        }

        context.Diagnostics.Error(document.DisplayPath, 0, $"{step} failed on this page: {inner.Message}",
            "the page holds something the generator cannot handle; if the page looks right, report it with this message.");
    }

    /// <summary>The first line whose leading nesting ('>', list markers, brackets) is deepest; 0 when none.</summary>
    private static int DeepestLine(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return 0;
        }

        var (best, depth) = (0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var nesting = line.Count(c => c is '>' or '[' or '(' or '*' or '_');
            if (nesting > depth) (best, depth) = (i + 1, nesting);
        }

        return depth >= DeepNesting ? best : 0;
    }
}
