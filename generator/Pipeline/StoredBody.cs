namespace UnderLoad.Generator.Pipeline;

/// <summary>Where a page body is in the <see cref="BodyStore"/>: its first byte and its length in UTF-8 bytes.</summary>
public sealed record StoredBody(long Offset, int Length);
