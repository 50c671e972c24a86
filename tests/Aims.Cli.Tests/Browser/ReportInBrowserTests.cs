using Aims.Cli.Tests.Harness;
using Microsoft.Playwright;
using Xunit;

namespace Aims.Cli.Tests.Browser;

/// <summary>
/// The HTML report as a person sees it, in headless Chromium: it loads without a single network request or console
/// error (the page's Content Security Policy would log one for any inline code it did not allow), the key facts are
/// on screen, a column header sorts its table and a filter box hides the rows that do not match.
/// </summary>
public sealed class ReportInBrowserTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_report_renders_offline_sorts_and_filters_in_Chromium()
    {
        var report = _folder.Combine("report.html");
        var result = AimsTool.Run("report", Fixtures.PathOf(Fixtures.SupportCore), Fixtures.PathOf(Fixtures.SupportWeb), Fixtures.PathOf(Fixtures.Billing), "-o", report);
        Assert.True(result.ExitCode == 0, result.ToString());
        var url = new Uri(report).AbsoluteUri;

        var (playwright, browser) = await SystemChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            var requests = new List<string>();
            var problems = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    problems.Add($"console {message.Type}: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add("page error: " + error);

            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

            Assert.Equal([url], requests);
            Assert.Empty(problems);
            foreach (var text in new[] { "Action needed", "3 AI systems (2 not risk-assessed).", "Statement of Applicability", "Annex A coverage" })
            {
                Assert.True(await page.GetByText(text, new PageGetByTextOptions { Exact = true }).First.IsVisibleAsync(), $"'{text}' is not visible");
            }

            Assert.True(await page.Locator("#systems").GetByText("triage-bot").IsVisibleAsync());
            Assert.True(await page.Locator("#systems").GetByText("gap: placeholder").First.IsVisibleAsync());

            var statuses = page.Locator("#applicability tbody tr td:nth-child(4)");
            Assert.Equal("gap", (await statuses.First.InnerTextAsync()).Trim());
            await page.Locator("#applicability thead th", new PageLocatorOptions { HasText = "Status" }).GetByRole(AriaRole.Button).ClickAsync();
            Assert.Equal("ascending", await page.Locator("#applicability thead th", new PageLocatorOptions { HasText = "Status" }).GetAttributeAsync("aria-sort"));
            Assert.Equal("evidenced", (await statuses.First.InnerTextAsync()).Trim());

            await page.Locator("#systems-filter").FillAsync("triage");
            Assert.Equal(1, await page.Locator("#systems tbody tr:visible").CountAsync());
            Assert.Equal("1 of 3 rows", await page.Locator("#systems-count").InnerTextAsync());

            await page.Locator("#systems-filter").FillAsync("");
            var screenshot = await page.ScreenshotAsync(new PageScreenshotOptions { Path = _folder.Combine("report.png"), FullPage = false });
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], screenshot[..4]);
            Assert.Equal([url], requests);
            Assert.Empty(problems);
        }
    }

    public void Dispose() => _folder.Dispose();
}
