namespace UnderLoad.Generator.Modules;

/// <summary>The body's place in a laid-out page: Start is -1 when the layout does not contain it verbatim.</summary>
public sealed record BodyRange(int Start, int Length);
