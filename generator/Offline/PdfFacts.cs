using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// What a reader of the printed book notices first, read from the PDF's bytes: how many pages it has and its
/// outline (bookmarks). Enough of the PDF object syntax for what Chromium (Skia) writes: plain indirect objects,
/// outline titles as literal or UTF-16 hex strings. Not a general PDF parser.
/// </summary>
public sealed partial record PdfFacts(int Pages, IReadOnlyList<PdfOutlineEntry> Outline)
{
    public static PdfFacts Read(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var objects = new Dictionary<int, string>();
        foreach (Match m in IndirectObject().Matches(text))
        {
            objects[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = m.Groups[2].Value;
        }

        var pages = objects.Values.Count(o => PageType().IsMatch(Dictionary(o)));
        var outline = new List<PdfOutlineEntry>();
        var catalog = objects.Values.Select(Dictionary).FirstOrDefault(o => CatalogType().IsMatch(o));
        if (catalog is not null && Reference(catalog, "Outlines") is { } root && objects.TryGetValue(root, out var rootObject))
        {
            outline = Entries(objects, Reference(Dictionary(rootObject), "First"), depth: 0);
        }

        return new PdfFacts(pages, outline);
    }

    /// <summary>Every title in the outline, depth first.</summary>
    public IEnumerable<string> AllTitles()
    {
        static IEnumerable<string> Walk(IEnumerable<PdfOutlineEntry> entries) => entries.SelectMany(e => Walk(e.Children).Prepend(e.Title));
        return Walk(Outline);
    }

    private static List<PdfOutlineEntry> Entries(Dictionary<int, string> objects, int? first, int depth)
    {
        var list = new List<PdfOutlineEntry>();
        var seen = new HashSet<int>();
        for (var id = first; id is { } current && depth < 32 && seen.Add(current) && objects.TryGetValue(current, out var body);)
        {
            var dict = Dictionary(body);
            list.Add(new PdfOutlineEntry(Title(dict), Entries(objects, Reference(dict, "First"), depth + 1)));
            id = Reference(dict, "Next");
        }

        return list;
    }

    /// <summary>An object's dictionary without its stream data (which may hold anything).</summary>
    private static string Dictionary(string body)
    {
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        return stream >= 0 ? body[..stream] : body;
    }

    private static int? Reference(string dict, string key)
    {
        var m = Regex.Match(dict, "/" + key + @"\s+(\d+)\s+\d+\s+R");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string Title(string dict)
    {
        var at = dict.IndexOf("/Title", StringComparison.Ordinal);
        if (at < 0) return "";
        var i = at + "/Title".Length;
        while (i < dict.Length && char.IsWhiteSpace(dict[i])) i++;
        if (i >= dict.Length) return "";
        var bytes = new List<byte>();
        if (dict[i] == '<')
        {
            var end = dict.IndexOf('>', i);
            var hex = new string(dict[(i + 1)..end].Where(Uri.IsHexDigit).ToArray());
            if (hex.Length % 2 == 1) hex += "0";
            bytes.AddRange(Convert.FromHexString(hex));
        }
        else if (dict[i] == '(')
        {
            var depth = 0;
            for (i++; i < dict.Length; i++)
            {
                var c = dict[i];
                if (c == '\\' && i + 1 < dict.Length)
                {
                    var e = dict[++i];
                    if (e is >= '0' and <= '7')
                    {
                        var octal = e.ToString();
                        while (octal.Length < 3 && i + 1 < dict.Length && dict[i + 1] is >= '0' and <= '7') octal += dict[++i];
                        bytes.Add((byte)Convert.ToInt32(octal, 8));
                    }
                    else
                    {
                        bytes.Add((byte)(e switch { 'n' => '\n', 'r' => '\r', 't' => '\t', 'b' => '\b', 'f' => '\f', _ => e }));
                    }

                    continue;
                }

                if (c == '(') depth++;
                if (c == ')' && depth-- == 0) break;
                bytes.Add((byte)c);
            }
        }

        var raw = bytes.ToArray();
        return raw.Length >= 2 && raw[0] == 0xFE && raw[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(raw, 2, raw.Length - 2) : Encoding.Latin1.GetString(raw);
    }

    [GeneratedRegex(@"(?<![0-9])(\d+)\s+\d+\s+obj\b(.*?)\bendobj", RegexOptions.Singleline)]
    private static partial Regex IndirectObject();

    [GeneratedRegex(@"/Type\s*/Page\b")]
    private static partial Regex PageType();

    [GeneratedRegex(@"/Type\s*/Catalog\b")]
    private static partial Regex CatalogType();
}
