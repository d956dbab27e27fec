namespace UnderLoad.Generator.Pipeline;

/// <summary>A site-wide product with a value of type <typeparamref name="T"/>, read with <see cref="BuildContext.Get{T}"/>.</summary>
public sealed class Product<T>(string name) : Product(name) where T : class;
