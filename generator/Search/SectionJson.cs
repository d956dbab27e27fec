using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UnderLoad.Generator.Search;

/// <summary>
/// A page's search sections as the index writes them, encoded when the page is rendered (on every core, while its words
/// are at hand) instead of being held as strings until the index is built: UTF-8, one JSON array per section without its
/// page number, which only the index knows. 30,000 pages hold a few hundred MB of section text as strings; this is half.
/// </summary>
public sealed class SectionJson
{
    /// <summary>Escapes what JSON needs and leaves other characters as UTF-8 text (a compact index).</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly byte[] _json;
    private readonly int[] _ends; // where each section's array ends in _json

    private SectionJson(byte[] json, int[] ends) => (_json, _ends) = (json, ends);

    /// <summary>How many sections the page has.</summary>
    public int Count => _ends.Length;

    /// <summary>The bytes these sections take in the index, page numbers aside.</summary>
    public int Length => _json.Length;

    /// <summary>Each section as [heading, anchor, lead text, more words, code identifiers(, weight when not 1)].</summary>
    public static SectionJson Encode(IReadOnlyList<SearchSection> sections)
    {
        // Sized from the text (UTF-8 is a byte per character for most of it), so it is not grown section by section.
        var buffer = new ArrayBufferWriter<byte>(Math.Max(64, sections.Sum(s => 32 + s.Heading.Length + s.Anchor.Length + s.Lead.Length
            + s.MoreWords.Sum(w => w.Length + 1) + s.Code.Sum(c => c.Length + 1))));
        var joined = new System.Text.StringBuilder();
        var ends = new int[sections.Count];
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true });
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            json.Reset(buffer); // each section is an array of its own, not a value after the previous one
            json.WriteStartArray();
            json.WriteStringValue(s.Heading);
            json.WriteStringValue(s.Anchor);
            json.WriteStringValue(s.Lead);
            WriteJoined(json, s.MoreWords, joined);
            WriteJoined(json, s.Code, joined);
            if (s.Weight != 1) json.WriteNumberValue(s.Weight);
            json.WriteEndArray();
            json.Flush();
            ends[i] = buffer.WrittenCount;
        }

        return new SectionJson(buffer.WrittenSpan.ToArray(), ends);
    }

    /// <summary>The words as one JSON string, separated by spaces (written from one reused buffer, not a string each).</summary>
    private static void WriteJoined(Utf8JsonWriter json, IReadOnlyList<string> words, System.Text.StringBuilder joined)
    {
        joined.Clear();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) joined.Append(' ');
            joined.Append(words[i]);
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, joined.Length));
        joined.CopyTo(0, chars, 0, joined.Length);
        json.WriteStringValue(chars.AsSpan(0, joined.Length));
        ArrayPool<char>.Shared.Return(chars);
    }

    /// <summary>
    /// Writes the sections as entries of the index's section list, each [page, heading, …]: a comma before each one
    /// unless it is the list's first (<paramref name="first"/>, which is false afterwards).
    /// </summary>
    public void WriteTo(IBufferWriter<byte> buffer, int page, ref bool first)
    {
        Span<byte> number = stackalloc byte[12];
        Utf8Formatter.TryFormat(page, number, out var digits);
        var start = 0;
        foreach (var end in _ends)
        {
            if (!first) buffer.Write(","u8);
            first = false;
            buffer.Write("["u8);
            buffer.Write(number[..digits]);
            buffer.Write(","u8);
            buffer.Write(_json.AsSpan(start + 1, end - start - 1)); // the section's array without its "["
            start = end;
        }
    }
}
