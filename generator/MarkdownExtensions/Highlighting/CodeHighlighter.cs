using System.Collections.Frozen;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;
using ColorCode.Parsing;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>
/// Highlights code at build time with ColorCode's class-emitting formatter (colours come from our own
/// light/dark CSS, not inline styles), split into one span per line so lines can be highlighted.
/// One per build (<see cref="Pipeline.BuildContext.Highlighter"/>): results go through the build cache on disk when
/// there is one, and `serve`'s memo keeps them between rebuilds, by a hash of (language, code).
/// </summary>
public sealed partial class CodeHighlighter(Pipeline.BuildCache? cache = null, Pipeline.Memo? memo = null)
{
    private long _ticks;

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
            return WebUtility.HtmlEncode(code);
        }

        var html = new HtmlClassFormatter(null, ParserFor(lang)).GetHtmlString(code, lang);
        // ColorCode wraps its output in <div class="…"><pre>\n … \n</pre></div>: keep what is inside.
        var start = html.IndexOf("<pre>", StringComparison.Ordinal);
        var end = html.LastIndexOf("</pre>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return WebUtility.HtmlEncode(code);
        }

        var inner = html[(start + 5)..end];
        if (inner.StartsWith('\n')) inner = inner[1..];
        return inner.TrimEnd('\n');
    }

    /// <summary>
    /// ColorCode compiles each language's rules into one interpreted regex: ~0.7 ms of matching for a 12-line C# block.
    /// The same pattern, options and captures as a compiled regex (RegexOptions.Compiled) match in ~0.13 ms and give
    /// the same tokens, but compiling costs ~40 ms a language. So a language starts interpreted and, once a build has
    /// highlighted <see cref="CompileAfter"/> blocks of it (3000 pages hold 6000), is compiled on a background thread;
    /// blocks after that use the compiled regex. A small site never pays for the compilation.
    /// </summary>
    internal const int CompileAfter = 100;

    private readonly Dictionary<string, CompiledLanguage> _compiledLanguages = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _compileLock = new();
    private readonly ConcurrentDictionary<string, LanguageUse> _uses = new(StringComparer.Ordinal);
    private LanguageParser? _compiledParser;

    private LanguageParser CompiledParser => LazyInitializer.EnsureInitialized(ref _compiledParser, () =>
        new LanguageParser(new LanguageCompiler(_compiledLanguages, _compileLock), new LanguageRepository(Languages.All.ToDictionary(l => l.Id, l => l))));

    private sealed class LanguageUse
    {
        public int Count;
        public volatile bool Compiled;
    }

    /// <summary>Whether blocks of this language now go through the compiled regex (tests wait for it).</summary>
    internal bool UsesCompiledRegex(string language) =>
        Aliases.TryGetValue(language, out var id) && _uses.TryGetValue(id, out var use) && use.Compiled;

    /// <summary>The compiled parser once the language's regex is compiled, else null (ColorCode's own, interpreted).</summary>
    private LanguageParser? ParserFor(ILanguage language)
    {
        var use = _uses.GetOrAdd(language.Id, _ => new LanguageUse());
        if (use.Compiled) return CompiledParser;
        if (Interlocked.Increment(ref use.Count) == CompileAfter)
        {
            Task.Run(() =>
            {
                Compile(language);
                use.Compiled = true;
            });
        }

        return null;
    }

    /// <summary>Puts a compiled copy of ColorCode's regex for the language where <see cref="CompiledParser"/> finds it.</summary>
    private void Compile(ILanguage language)
    {
        var interpreted = new LanguageCompiler(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim()).Compile(language);
        var compiled = new CompiledLanguage(interpreted.Id, interpreted.Name,
            new Regex(interpreted.Regex.ToString(), interpreted.Regex.Options | RegexOptions.Compiled), interpreted.Captures);
        _compileLock.EnterWriteLock();
        try
        {
            _compiledLanguages[language.Id] = compiled;
        }
        finally
        {
            _compileLock.ExitWriteLock();
        }
    }

    /// <summary>ColorCode's HTML for the code with the interpreted or the compiled regex (tests compare the two).</summary>
    internal string ColorCodeHtml(string code, string languageId, bool compiled)
    {
        var language = Languages.FindById(languageId);
        if (compiled) Compile(language);
        return new HtmlClassFormatter(null, compiled ? CompiledParser : null).GetHtmlString(code, language);
    }

    private static string Key(string code, string? language)
    {
        var bytes = Encoding.UTF8.GetBytes((language ?? "") + "\0" + code);
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
