using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.MarkdownExtensions.Snippets;

/// <summary>Repository files (snippets, tests) as links and as the paths messages print.</summary>
public sealed class RepositoryLinks(BuildContext context, string repositoryRoot)
{
    /// <summary>Where a repository file is shown on the web (site.yml's repository), else its repository path.</summary>
    public string Url(string file)
    {
        var path = Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/');
        return context.SourceUrl(path) ?? path;
    }

    /// <summary>A repository file as messages and captions name it: its path from the repository root.</summary>
    public string Display(string file) => Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/');
}
