using Fluid;

namespace UnderLoad.Generator.Modules;

/// <summary>A layout of theme/layouts/: its template, or Fluid's message when it does not parse.</summary>
public sealed record ParsedLayout(IFluidTemplate? Template, string? Error);
