namespace UnderLoad.Snippets.Serialization;

public sealed record Order(long Id, string Customer, decimal Amount, DateTimeOffset CreatedAt);
