using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;
using ColorCode.Parsing;

namespace UnderLoad.Generator.MarkdownExtensions.Highlighting;

/// <summary>
/// Finds ColorCode's tokens with one regex per rule instead of ColorCode's one regex of all rules. Joined, the rules are
/// an alternation tried at nearly every character (a C# block: ~100 µs); apart, each rule skips ahead to where it can
/// start (~30 µs), with no regex compiled at run time. The tokens are the same: at the leftmost position where any rule
/// matches, the first rule in order wins, which is what the alternation picks; the scopes are ColorCode's captures.
/// A language this cannot reproduce exactly (a nested language, captures ColorCode numbers differently) and a block
/// where a rule matches nothing, or backtracks too long on its own, go to ColorCode's own parser.
/// </summary>
public sealed class RuleByRuleParser(ILanguageCompiler compiler, ILanguageParser colorCode) : ILanguageParser
{
    /// <summary>
    /// A rule searched on its own also runs where the joined regex never looks (inside another rule's token), and a rule
    /// that backtracks badly there (JSON's, over C#) would stall: past this, the block goes to ColorCode's own parser.
    /// </summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<string, Lazy<RuleSet?>> _languages = new(StringComparer.OrdinalIgnoreCase);

    public void Parse(string sourceCode, ILanguage language, Action<string, IList<Scope>> parseHandler)
    {
        if (string.IsNullOrEmpty(sourceCode)) return;
        var rules = _languages.GetOrAdd(language.Id, _ => new Lazy<RuleSet?>(() => RuleSet.For(language, compiler.Compile(language)))).Value;
        if (rules is null || TryTokens(sourceCode, rules) is not { } tokens)
        {
            colorCode.Parse(sourceCode, language, parseHandler);
            return;
        }

        var at = 0;
        foreach (var (rule, match) in tokens)
        {
            if (match.Index > at) parseHandler(sourceCode[at..match.Index], new List<Scope>());
            parseHandler(match.Value, Nest(rules.Scopes(rule, match)));
            at = match.Index + match.Length;
        }

        if (at < sourceCode.Length) parseHandler(sourceCode[at..], new List<Scope>());
    }

    private static List<(int Rule, Match Match)>? TryTokens(string text, RuleSet rules)
    {
        try
        {
            return Tokens(text, rules);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The matches in order (the rule and its match), or null when a rule matched empty text.</summary>
    private static List<(int Rule, Match Match)>? Tokens(string text, RuleSet rules)
    {
        var tokens = new List<(int, Match)>();
        var next = new (int Index, int Length)[rules.Count]; // each rule's next match at or after `at`; Index -1: none left
        for (var k = 0; k < next.Length; k++) next[k] = Find(rules[k], text, 0);
        var at = 0;
        while (true)
        {
            var best = -1;
            for (var k = 0; k < next.Length; k++)
            {
                if (next[k].Index >= 0 && next[k].Index < at) next[k] = Find(rules[k], text, at);
                if (next[k].Index >= 0 && (best < 0 || next[k].Index < next[best].Index)) best = k;
            }

            if (best < 0) return tokens;
            if (next[best].Length == 0) return null;
            // Only the winner's groups are needed: match it again where it starts, with its captures.
            var match = rules[best].Match(text, next[best].Index);
            tokens.Add((best, match));
            at = match.Index + match.Length;
        }
    }

    private static (int Index, int Length) Find(Regex rule, string text, int from)
    {
        foreach (var m in rule.EnumerateMatches(text, from)) return (m.Index, m.Length);
        return (-1, 0);
    }

    /// <summary>Scopes in order of where they start, each inside the last one that holds it (as ColorCode nests them).</summary>
    private static List<Scope> Nest(List<Scope> scopes)
    {
        // A stable insertion sort by start: a match has a handful of scopes, and they mostly come in order already.
        for (var i = 1; i < scopes.Count; i++)
        {
            var moving = scopes[i];
            var j = i - 1;
            for (; j >= 0 && scopes[j].Index > moving.Index; j--) scopes[j + 1] = scopes[j];
            scopes[j + 1] = moving;
        }

        var tree = new List<Scope>(scopes.Count);
        Scope? current = null;
        foreach (var scope in scopes)
        {
            if (current is null)
            {
                tree.Add(scope);
                current = scope;
                continue;
            }

            while (true)
            {
                if (scope.Index >= current.Index && scope.Index + scope.Length <= current.Index + current.Length)
                {
                    current.AddChild(scope);
                    current = scope;
                    break;
                }

                current = current.Parent;
                if (current is null)
                {
                    tree.Add(scope); // a new top-level scope; the next one starts again from the top (ColorCode's walk)
                    break;
                }
            }
        }

        return tree;
    }

    /// <summary>A language's rules, each a regex of its own, and the scope of each of their groups.</summary>
    private sealed class RuleSet
    {
        private readonly Regex[] _rules;
        private readonly string?[][] _scopes; // rule → group number → scope (group 1 is the rule's whole text)

        private RuleSet(Regex[] rules, string?[][] scopes) => (_rules, _scopes) = (rules, scopes);

        public int Count => _rules.Length;

        public Regex this[int rule] => _rules[rule];

        /// <summary>Null when the joined regex would capture differently (then ColorCode's parser is used).</summary>
        public static RuleSet? For(ILanguage language, CompiledLanguage joined)
        {
            if (language.Rules.Any(r => r.Captures.Values.Any(v => v?.StartsWith(ScopeName.LanguagePrefix, StringComparison.Ordinal) == true))) return null;
            var rules = language.Rules.Select(r => new Regex($"(?-xis)(?m)({r.Regex})(?x)", RegexOptions.None, Timeout)).ToArray();
            var scopes = new string?[rules.Length][];
            var flat = new List<string?> { null };
            for (var k = 0; k < rules.Length; k++)
            {
                // Unnamed groups are numbered first; ColorCode gives each of them, in order, the scope its rule names.
                var unnamed = rules[k].GetGroupNames().Count(n => int.TryParse(n, out _)) - 1;
                scopes[k] = new string?[unnamed + 1];
                for (var g = 1; g <= unnamed; g++)
                {
                    scopes[k][g] = language.Rules[k].Captures.TryGetValue(g - 1, out var scope) ? scope : null;
                    flat.Add(scopes[k][g]);
                }
            }

            return flat.SequenceEqual(joined.Captures) ? new RuleSet(rules, scopes) : null;
        }

        /// <summary>The scopes a match of <paramref name="rule"/> captured, relative to the match, group by group.</summary>
        public List<Scope> Scopes(int rule, Match match)
        {
            var scopes = new List<Scope>();
            var names = _scopes[rule];
            for (var g = 1; g < names.Length; g++)
            {
                var group = match.Groups[g];
                if (group.Length == 0 || string.IsNullOrEmpty(names[g])) continue;
                foreach (Capture capture in group.Captures) scopes.Add(new Scope(names[g]!, capture.Index - match.Index, capture.Length));
            }

            return scopes;
        }
    }
}
