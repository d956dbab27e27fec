using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>Everything <see cref="PostProcessHtml"/> adds to a page, as kept in the <see cref="BuildCache"/>.</summary>
internal sealed record PostProcessResult(string Body, IReadOnlyList<Search.SearchSection>? Sections, string? Toc, IReadOnlyList<string> Ids, IReadOnlyList<PageLink> Links)
{
    public static void Write(BinaryWriter w, PostProcessResult r)
    {
        w.Write(r.Body);
        w.Write(r.Sections?.Count ?? -1);
        foreach (var s in r.Sections ?? [])
        {
            w.Write(s.Heading);
            w.Write(s.Anchor);
            w.Write(s.Lead);
            BuildCache.WriteList(w, s.MoreWords);
            BuildCache.WriteList(w, s.Code);
            w.Write(s.Weight);
        }

        BuildCache.WriteNullable(w, r.Toc);
        BuildCache.WriteList(w, r.Ids);
        w.Write(r.Links.Count);
        foreach (var l in r.Links)
        {
            w.Write(l.Href);
            w.Write(l.Line);
            BuildCache.WriteNullable(w, l.TargetOutputPath);
            BuildCache.WriteNullable(w, l.TargetFile);
            BuildCache.WriteNullable(w, l.Fragment);
            w.Write(l.FromContent);
        }
    }

    public static PostProcessResult Read(BinaryReader r)
    {
        var body = r.ReadString();
        var count = r.ReadInt32();
        List<Search.SearchSection>? sections = count < 0 ? null : new(count);
        for (var i = 0; i < count; i++)
        {
            sections!.Add(new Search.SearchSection(r.ReadString(), r.ReadString(), r.ReadString(), BuildCache.ReadList(r), BuildCache.ReadList(r), r.ReadDouble()));
        }

        var toc = BuildCache.ReadNullable(r);
        var ids = BuildCache.ReadList(r);
        var links = new List<PageLink>(r.ReadInt32());
        for (var i = links.Capacity; i > 0; i--)
        {
            links.Add(new PageLink(r.ReadString(), r.ReadInt32(), BuildCache.ReadNullable(r), BuildCache.ReadNullable(r), BuildCache.ReadNullable(r), r.ReadBoolean()));
        }

        return new PostProcessResult(body, sections, toc, ids, links);
    }
}
