namespace UnderLoad.Generator.Modules;

public sealed record NavPart(string Title, IReadOnlyList<NavItem> Items);
