using System.Text;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>Highlighted code as one <c>&lt;span class="line"&gt;</c> per line, so lines can be marked (<c>hl</c>) and numbered by CSS.</summary>
public static partial class CodeLines
{
    [GeneratedRegex("""<span class="[^"]*">|</span>""")]
    private static partial Regex SpanTag();

    /// <summary>Wraps each line in its own span, closing and reopening token spans that cross a line break.</summary>
    public static string Split(string tokens, IReadOnlySet<int>? highlighted)
    {
        var result = new StringBuilder(tokens.Length + 64);
        var open = new List<Range>(); // the token spans open at this point, as ranges of tokens
        var lineNo = 1;
        StartLine();
        var last = 0;
        foreach (var tag in SpanTag().EnumerateMatches(tokens))
        {
            AppendText(tokens.AsSpan(last, tag.Index - last));
            result.Append(tokens.AsSpan(tag.Index, tag.Length));
            if (tokens[tag.Index + 1] == '/')
            {
                if (open.Count > 0) open.RemoveAt(open.Count - 1);
            }
            else
            {
                open.Add(new Range(tag.Index, tag.Index + tag.Length));
            }

            last = tag.Index + tag.Length;
        }

        AppendText(tokens.AsSpan(last));
        result.Append("</span>");
        return result.ToString();

        void StartLine()
        {
            result.Append(highlighted?.Contains(lineNo) == true ? "<span class=\"line hl\">" : "<span class=\"line\">");
            foreach (var span in open) result.Append(tokens.AsSpan(span));
        }

        void AppendText(ReadOnlySpan<char> text)
        {
            while (true)
            {
                var nl = text.IndexOf('\n');
                if (nl < 0)
                {
                    result.Append(text);
                    return;
                }

                result.Append(text[..nl]);
                for (var i = 0; i < open.Count; i++) result.Append("</span>");
                result.Append("</span>\n");
                lineNo++;
                StartLine();
                text = text[(nl + 1)..];
            }
        }
    }
}
