using Microsoft.Playwright;
using UnderLoad.Generator.Diagrams;

namespace UnderLoad.Generator.Offline;

/// <summary>
/// Prints the single-file book to PDF with the machine's headless Chromium (<see cref="Browser"/>): A4, the
/// print rules of book.css, page numbers in the footer, a tagged PDF whose outline has a bookmark per topic
/// (Chromium builds it from the h1 of each page and the headings under it). Every request but the file itself is
/// refused, so what prints is what a reader offline sees.
/// </summary>
public static class BookPrinter
{
    private const string Footer =
        "<div style=\"width:100%;font:8px system-ui,sans-serif;color:#666;text-align:center\"><span class=\"pageNumber\"></span> / <span class=\"totalPages\"></span></div>";

    public static async Task<PdfFacts> PrintAsync(string bookPath, string pdfPath)
    {
        var url = new Uri(Path.GetFullPath(bookPath)).AbsoluteUri;
        await using var browser = await Browser.LaunchChromiumAsync().ConfigureAwait(false);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        await page.RouteAsync("**/*", route => route.Request.Url == url ? route.ContinueAsync() : route.AbortAsync()).ConfigureAwait(false);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 }).ConfigureAwait(false);
        var bytes = await page.PdfAsync(new PagePdfOptions
        {
            Path = pdfPath,
            Format = "A4",
            PrintBackground = true,
            Outline = true,
            Tagged = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = Footer,
            Margin = new Margin { Top = "16mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
        }).ConfigureAwait(false);
        return PdfFacts.Read(bytes);
    }
}
