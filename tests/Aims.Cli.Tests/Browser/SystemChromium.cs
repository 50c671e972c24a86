using Microsoft.Playwright;

namespace Aims.Cli.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>apt-get install -y chromium</c>), driven by Playwright. The flags keep it from calling home,
/// so that any network request the page makes is the page's own.
/// </summary>
public static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's Chromium with 'apt-get install -y chromium' (.ci/run must do so before the tests).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        return (playwright, browser);
    }
}
