using UnderLoad.Generator.Tests.Infrastructure;

namespace UnderLoad.Generator.Tests.Quality;

/// <summary>Every page of the real site is valid HTML by html-validate (pinned in theme/package.json, config theme/.htmlvalidate.mjs).</summary>
[Collection(BuiltSiteCollection.Name)]
public class HtmlValidationTests(BuiltSite site)
{
    [SkippableFact]
    public async Task Every_page_passes_html_validate_with_zero_errors()
    {
        QualityTools.Require(QualityTools.HtmlValidateBin);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.True(site.Pages.Count() > 1, "the site has pages to validate");

        var (exitCode, output) = await QualityTools.RunNodeAsync(site.Output,
            QualityTools.HtmlValidateBin, "--config=" + QualityTools.HtmlValidateConfig, "--formatter=text", "--max-warnings=0", "**/*.html");

        Assert.True(exitCode == 0, $"html-validate found problems (exit {exitCode}):\n{output}");
    }

    [SkippableFact]
    public async Task The_validator_really_reports_invalid_markup()
    {
        QualityTools.Require(QualityTools.HtmlValidateBin);
        var dir = Directory.CreateTempSubdirectory("ul-html-validate-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.html"),
                "<!doctype html><html lang=\"en\"><head><title>t</title></head><body><p><div>block in p</div></p><a>x</a><li>stray</li></body></html>");
            var (exitCode, output) = await QualityTools.RunNodeAsync(dir.FullName,
                QualityTools.HtmlValidateBin, "--config=" + QualityTools.HtmlValidateConfig, "--formatter=text", "**/*.html");
            Assert.NotEqual(0, exitCode);
            Assert.Contains("bad.html", output);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
