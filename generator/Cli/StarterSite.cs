namespace UnderLoad.Generator.Cli;

/// <summary>The files `init` writes: a site that builds under --strict, showing SUMMARY.md, a relative link with an anchor, and site.yml.</summary>
public static class StarterSite
{
    public static IReadOnlyDictionary<string, string> Files(string name) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["site.yml"] = $"""
            # The site: every key is optional. Without site.yml the site is named after its folder.
            title: {name}
            description: Documentation written in markdown.
            base_url: http://localhost
            # repository: https://github.com/owner/repo    # adds "Edit this page" links
            # front_matter:                                # declare a schema to check every page's front matter
            #   strict: true
            #   keys:
            #     title: {"{"} type: text, required: true {"}"}

            """,
        ["README.md"] = """
            # Welcome

            This site is plain markdown: each page's title is its first heading, and the navigation is `SUMMARY.md`.
            Start with [the first chapter](guide/getting-started.md#write-a-page).

            """,
        ["guide/getting-started.md"] = """
            # Getting started

            ## Write a page

            Add a markdown file, list it in `SUMMARY.md`, and link it from other pages by its `.md` path.
            Every link and anchor is checked when the site is built.

            ## Build

            Run `underload build` in this folder; the site is written to `output/`. Go back [home](../README.md).

            """,
        ["SUMMARY.md"] = """
            # Summary

            [Welcome](README.md)

            # Guide

            - [Getting started](guide/getting-started.md)

            """,
    };
}
