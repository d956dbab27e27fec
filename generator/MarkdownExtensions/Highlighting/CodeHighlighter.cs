using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;
using ColorCode.Parsing;
using ColorCode.Styling;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>
/// Highlights code at build time with ColorCode's class-emitting formatter (colours come from our own
/// light/dark CSS, not inline styles), split into one span per line so lines can be highlighted.
/// One per build (<see cref="Pipeline.BuildContext.Highlighter"/>): results go through the build cache on disk when
/// there is one, and `serve`'s memo keeps them between rebuilds, by a hash of (language, code).
/// </summary>
public sealed class CodeHighlighter(Pipeline.BuildCache? cache = null, Pipeline.Memo? memo = null)
{
    private long _ticks;

    /// <summary>
    /// Formatters not in use. ColorCode's default formatter shares one compiled regex per language across threads, and a
    /// regex runs one match at a time: a second thread built a new matcher (and its stacks) for every token. Each thread
    /// here takes a formatter with its own compiled languages (at most one per worker thread, made on first need), whose
    /// tokens are found rule by rule (<see cref="RuleByRuleParser"/>).
    /// </summary>
    private readonly ConcurrentBag<ClassSpanFormatter> _formatters = [];

    /// <summary>Our names for languages → ColorCode's ids. Anything else is shown as plain, escaped text.</summary>
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = "c#", ["cs"] = "c#", ["c#"] = "c#",
        ["js"] = "javascript", ["javascript"] = "javascript", ["ts"] = "typescript", ["typescript"] = "typescript",
        ["html"] = "html", ["xml"] = "xml", ["svg"] = "xml", ["csproj"] = "xml",
        ["sql"] = "sql", ["postgresql"] = "sql", ["java"] = "java", ["json"] = "json",
        ["css"] = "css", ["cpp"] = "cpp", ["c++"] = "cpp", ["php"] = "php", ["powershell"] = "powershell",
        ["ps1"] = "powershell", ["python"] = "python", ["py"] = "python", ["fsharp"] = "f#", ["f#"] = "f#",
        ["vb"] = "vb.net", ["haskell"] = "haskell", ["markdown"] = "markdown", ["md"] = "markdown",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Total time spent highlighting (not cached), for --timings.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public static bool IsKnown(string? language) => language is not null && Aliases.ContainsKey(language);

    /// <summary>
    /// Returns the inner HTML of a &lt;code&gt; element: one <c>&lt;span class="line"&gt;</c> per line,
    /// those in <paramref name="highlightedLines"/> (1-based) also marked <c>hl</c>.
    /// </summary>
    public string Highlight(string code, string? language, IReadOnlySet<int>? highlightedLines = null)
    {
        code = code.Replace("\r\n", "\n").TrimEnd('\n');
        if (cache is null && memo is null) return CodeLines.Split(TimedTokenise(code, language), highlightedLines);
        var key = Key(code, language);
        string Tokens() => cache is null ? TimedTokenise(code, language) : cache.GetOrAdd(CacheKind, key, () => TimedTokenise(code, language));
        return CodeLines.Split(memo is null ? Tokens() : memo.GetOrAdd(CacheKind, key, Tokens), highlightedLines);
    }

    /// <summary>The kind of result in the <see cref="Pipeline.BuildCache"/>: ColorCode's tokens for (language, code).</summary>
    public const string CacheKind = "highlight";

    private string TimedTokenise(string code, string? language)
    {
        var started = Stopwatch.GetTimestamp();
        var tokens = Tokenise(code, language);
        Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(started).Ticks);
        return tokens;
    }

    private string Tokenise(string code, string? language)
    {
        if (language is null || !Aliases.TryGetValue(language, out var id) || Languages.FindById(id) is not { } lang)
        {
            return Rendering.HtmlText.Text(code);
        }

        var formatter = _formatters.TryTake(out var free) ? free : NewFormatter();
        var html = formatter.Format(code, lang);
        _formatters.Add(formatter);
        return html;
    }

    private static ClassSpanFormatter NewFormatter()
    {
        var repository = new LanguageRepository(new Dictionary<string, ILanguage>(StringComparer.OrdinalIgnoreCase));
        foreach (var language in Languages.All) repository.Load(language);
        var compiler = new LanguageCompiler(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
        return new ClassSpanFormatter(StyleDictionary.DefaultLight, new RuleByRuleParser(compiler, new LanguageParser(compiler, repository)));
    }

    private static string Key(string code, string? language)
    {
        var bytes = Encoding.UTF8.GetBytes((language ?? "") + "\0" + code);
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
