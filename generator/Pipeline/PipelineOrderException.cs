namespace UnderLoad.Generator.Pipeline;

/// <summary>A pipeline whose modules are in an order that cannot work: named, before anything runs.</summary>
public sealed class PipelineOrderException(string message) : Exception(message);
