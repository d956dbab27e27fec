using System.Collections.Frozen;
using System.Security.Cryptography;
using UnderLoad.Generator.Pipeline;

namespace UnderLoad.Generator.Modules;

/// <summary>
/// Adds: theme/assets/* copied to output/assets/ under names that carry a hash of their content
/// (site.css → assets/site.3f9c2a1b.css), so they can be cached as immutable. Layouts ask for them by
/// logical name. Generated CSS (diagram styles) registered in the context is fingerprinted the same way.
/// </summary>
public sealed class FingerprintAssets : IModule
{
    /// <summary>Files copied as they are, at the site root, because hosts and browsers look for them there.</summary>
    private static readonly FrozenSet<string> RootFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "favicon.ico" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Phase => "read";

    public IReadOnlyList<Product> Needs => [];

    public IReadOnlyList<Product> Produces => [Products.ThemeAssets];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context)
    {
        var assets = Path.Combine(context.Options.ThemeDir, "assets");
        if (!Directory.Exists(assets))
        {
            context.Diagnostics.Error("theme/assets", 0, "the theme has no assets folder", "theme/assets/ holds site.css and site.js.");
            return documents;
        }

        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
        {
            var logical = Path.GetRelativePath(assets, file).Replace('\\', '/');
            Add(context, logical, File.ReadAllBytes(file));
        }

        return documents;
    }

    /// <summary>Registers an asset under its logical name and writes it fingerprinted into the staging folder.</summary>
    public static string Add(BuildContext context, string logical, byte[] bytes)
    {
        string output;
        if (RootFiles.Contains(logical))
        {
            output = logical;
        }
        else
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var ext = Path.GetExtension(logical);
            var stem = logical[..^ext.Length];
            output = $"assets/{stem}.{hash}{ext}";
        }

        context.ExtraFiles[output] = bytes;
        context.Assets[logical] = output;
        return output;
    }
}
