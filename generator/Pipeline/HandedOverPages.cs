using System.Collections;

namespace UnderLoad.Generator.Pipeline;

/// <summary>
/// The pages as the runner hands them to a module, which is the last to read them: a per-page module lets go of each page
/// once it has the page's next version (<see cref="PageStages"/>), so the old and the new version of every page are not
/// all held at once. At 30,000 pages, the markdown sources alone are 430 MB, held while the bodies were being rendered.
/// </summary>
public sealed class HandedOverPages(IReadOnlyList<Document> pages) : IReadOnlyList<Document>
{
    private readonly Document?[] _pages = [.. pages];

    public int Count => _pages.Length;

    public Document this[int index] => _pages[index]
        ?? throw new InvalidOperationException($"page {index} was let go: a module read the pages it was handed after it had processed them");

    /// <summary>The module is done with page <paramref name="index"/> (it holds the page's next version, or dropped it).</summary>
    public void Release(int index) => _pages[index] = null;

    public IEnumerator<Document> GetEnumerator()
    {
        for (var i = 0; i < _pages.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
