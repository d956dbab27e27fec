namespace UnderLoad.Generator.Search;

/// <summary>
/// One section of a page, the unit search finds: the prose under an h2/h3 heading up to the next one (the part
/// before the first heading has an empty anchor and the page title as heading). To keep the index small, only
/// the section's first sentences are kept as text (<see cref="Lead"/>, what excerpts are cut from); the rest
/// is kept as its distinct words (<see cref="MoreWords"/>), so every word of the section is still found.
/// <see cref="Code"/> holds the identifiers of its code blocks that its prose does not already name.
/// <see cref="Weight"/> multiplies its score: below 1 for the list of sources (References) that ends a page.
/// </summary>
public sealed record SearchSection(string Heading, string Anchor, string Lead, IReadOnlyList<string> MoreWords, IReadOnlyList<string> Code,
    double Weight = 1);
