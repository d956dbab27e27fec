using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;
using ColorCode.Parsing;
using ColorCode.Styling;
using UnderLoad.Generator.MarkdownExtensions.Highlighting;
using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.MarkdownExtensions.Highlighting;

/// <summary>
/// Finding tokens rule by rule is a speed-up, not a new highlighter: for every ColorCode language, on the handbook's own
/// code and on text written to hit each rule's edges, the HTML is exactly what ColorCode's own parser makes.
/// </summary>
public sealed partial class RuleByRuleParserTests
{
    internal static readonly string[] Crafted =
    [
        "",
        "x",
        "/* a\n * block */ int a = 1; // line\r\n/// <summary>doc</summary>\n#region R\n#endregion",
        "var s = @\"verbatim \"\"quoted\"\"\nnext\"; var t = \"esc \\\" q\"; char c = '\\''; [assembly: InternalsVisibleTo(\"T\")]",
        "SELECT id, name FROM users WHERE id = 42 AND name LIKE '%x%'; -- comment\n/* block */ INSERT INTO t VALUES (1, 'a');",
        "{\"key\": [1, 2.5, -3e4, true, null, \"s\\\"q\"], \"n\": {\"a\": \"b\"}}",
        "<html><body class=\"x\"><!-- c --><script>var a = 1;</script><p>&amp; text</p></body></html>",
        "function f(a) { return a * 2; } // js\nconst s = `tpl ${a}`; let r = /re+/g;",
        "def f(x):\n    \"\"\"doc\"\"\"\n    return x + 1  # py\n@decorator\nclass A: pass",
        "public class A<T> extends B implements C { @Override public String toString() { return \"a\" + 1L; } }",
        "$x = Get-Item -Path 'C:\\'; # ps\nfunction F { param([int]$a) Write-Host \"$a\" }",
        "# Title\n\n**bold** _it_ `code` [link](http://x) > quote\n- item\n```\nfence\n```",
        "let f x = x + 1 // fs\n(* block *) type R = { A: int }",
        "main = do putStrLn \"hi\" -- hs\n{- block -}",
        "int main() { std::cout << \"x\" << 1.5f; /* c */ } #include <vector>",
        ".a > b:hover { color: #fff; margin: 0 1px; } /* css */ @media (max-width: 10px) { }",
        "Dim x As Integer = 1 ' vb\nIf x > 0 Then Return",
        "\t \n\r\n  \n",
        "0 00 1.5 1e10 0x1F 1_000 42L 3.0m",
        "αβγ \"ünïcödé\" // ☃ 🚦\n'é'",
    ];

    public static IEnumerable<object[]> Languages() => ColorCode.Languages.All.Select(l => new object[] { l.Id });

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_highlights_exactly_as_ColorCode_does(string languageId)
    {
        var language = ColorCode.Languages.FindById(languageId);
        var (ours, theirs) = (Formatter(ruleByRule: true), Formatter(ruleByRule: false));
        foreach (var text in Samples(languageId))
        {
            Assert.Equal(theirs.GetHtmlString(text, language), ours.GetHtmlString(text, language));
        }
    }

    [Fact]
    public void The_rules_of_CSharp_are_found_one_by_one_not_handed_back_to_ColorCode()
    {
        var calls = 0;
        var compiler = new LanguageCompiler(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
        var parser = new RuleByRuleParser(compiler, new CountingParser(() => calls++));
        var tokens = new List<string>();

        parser.Parse("var a = \"b\"; // c", ColorCode.Languages.CSharp, (text, _) => tokens.Add(text));

        Assert.Equal(0, calls);
        Assert.Equal(["var", " a = ", "\"b\"", "; ", "// c"], tokens);
    }

    private static HtmlClassFormatter Formatter(bool ruleByRule)
    {
        var (compiler, parser) = ColorCodeParser();
        return new HtmlClassFormatter(StyleDictionary.DefaultLight, ruleByRule ? new RuleByRuleParser(compiler, parser) : parser);
    }

    /// <summary>ColorCode's own parser over every language, with a compiler of its own (as each highlighting thread has).</summary>
    internal static (LanguageCompiler Compiler, ILanguageParser Parser) ColorCodeParser()
    {
        var repository = new LanguageRepository(new Dictionary<string, ILanguage>(StringComparer.OrdinalIgnoreCase));
        foreach (var language in ColorCode.Languages.All) repository.Load(language);
        var compiler = new LanguageCompiler(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
        return (compiler, new LanguageParser(compiler, repository));
    }

    /// <summary>
    /// The crafted texts (in every language), and the handbook's code in its own language: every fenced block of the
    /// topics, and for C# every snippet file. (Another language's code is not a fair input: ColorCode itself can take
    /// seconds on C# read as JSON.)
    /// </summary>
    internal static IEnumerable<string> Samples(string languageId)
    {
        var input = Path.Combine(TestSite.RepositoryRoot, "input");
        var fences = Directory.EnumerateFiles(Path.Combine(input, "topics"), "*.md")
            .SelectMany(f => Fence().Matches(File.ReadAllText(f)))
            .Where(m => ColorCodeId(m.Groups[1].Value) == languageId)
            .Select(m => m.Groups[2].Value);
        var snippets = languageId != ColorCode.Languages.CSharp.Id ? []
            : Directory.EnumerateFiles(Path.Combine(input, "snippets"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                .Select(File.ReadAllText);
        return Crafted.Concat(fences).Concat(snippets);
    }

    private static string? ColorCodeId(string fence) => fence switch
    {
        "csharp" or "cs" or "c#" => "c#",
        "js" or "javascript" => "javascript",
        "ts" or "typescript" => "typescript",
        "sql" or "postgresql" => "sql",
        "xml" or "csproj" or "svg" => "xml",
        "python" or "py" => "python",
        "powershell" or "ps1" => "powershell",
        "java" or "json" or "html" or "css" or "cpp" or "php" or "haskell" or "markdown" => fence,
        _ => null,
    };

    [GeneratedRegex(@"```([a-z#+0-9]*)[^\n]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    private sealed class CountingParser(Action called) : ILanguageParser
    {
        public void Parse(string sourceCode, ILanguage language, Action<string, IList<Scope>> parseHandler) => called();
    }
}
