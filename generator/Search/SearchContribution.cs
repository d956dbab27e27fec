namespace UnderLoad.Generator.Search;

/// <summary>
/// What a block whose markup comes from elsewhere (a snippet, a verified output, a diagram) adds to search: prose
/// text, a caption whose identifiers count, and code whose identifiers count. Set on the block (Markdig's
/// <c>SetData</c>) by what renders it, read by <see cref="SectionExtractor"/>.
/// </summary>
public sealed record SearchContribution(string? Text = null, string? Caption = null, string? Code = null)
{
    public void AddTo(SectionBuilder builder)
    {
        if (Text is not null) builder.Text.Append(Text);
        if (Caption is not null) builder.Caption(Caption);
        if (Code is not null) builder.Code(Code);
    }
}
