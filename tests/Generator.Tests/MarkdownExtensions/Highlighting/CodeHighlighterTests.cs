using UnderLoad.Generator.MarkdownExtensions.Highlighting;

namespace UnderLoad.Generator.Tests.MarkdownExtensions.Highlighting;

/// <summary>
/// Past <see cref="CodeHighlighter.CompileAfter"/> blocks of a language in one build, the highlighter switches that
/// language to a compiled copy of ColorCode's regex on a background thread. Readers must not see the switch.
/// </summary>
public sealed class CodeHighlighterTests
{
    private const string CSharp = """
        public sealed class Limiter(TimeProvider time) // "quotes" and <angles>
        {
            /* a block
               comment */
            private readonly string _name = $"limit-{time.GetUtcNow():O}";
            public async Task<int> TakeAsync(CancellationToken token) => await Task.FromResult(0x2A + 1_000);
        }
        """;

    [Theory]
    [InlineData("c#", CSharp)]
    [InlineData("sql", "SELECT id, 'it''s' FROM jobs -- pending\nWHERE state = 'ready' FOR UPDATE SKIP LOCKED;")]
    [InlineData("json", """{ "retries": 3, "jitter": true, "base": null }""")]
    public void Compiled_regexes_highlight_exactly_as_colorcode_does(string language, string code)
    {
        var interpreted = new CodeHighlighter().ColorCodeHtml(code, language, compiled: false);
        var compiled = new CodeHighlighter().ColorCodeHtml(code, language, compiled: true);

        Assert.Equal(interpreted, compiled);
        Assert.Contains("<span class=", compiled);
    }

    [Fact]
    public void Blocks_highlighted_after_the_switch_to_the_compiled_regex_are_the_same_as_before_it()
    {
        var highlighter = new CodeHighlighter(); // one build's
        var before = highlighter.Highlight(CSharp, "csharp", new HashSet<int> { 2, 5 });
        for (var i = 1; i < CodeHighlighter.CompileAfter; i++) highlighter.Highlight($"var x{i} = {i};", "csharp");

        // The switch happens on a background thread: wait for it (bounded), so the next block really takes the new path.
        for (var waited = 0; !highlighter.UsesCompiledRegex("csharp") && waited < 600; waited++) Thread.Sleep(100);
        Assert.True(highlighter.UsesCompiledRegex("csharp"), $"C# was not switched to the compiled regex after {CodeHighlighter.CompileAfter} blocks");

        var after = highlighter.Highlight(CSharp, "csharp", new HashSet<int> { 2, 5 });
        Assert.Equal(before, after);
        Assert.Contains("<span class=\"line hl\">", after);
        Assert.False(new CodeHighlighter().UsesCompiledRegex("csharp")); // a new build starts interpreted
    }
}
