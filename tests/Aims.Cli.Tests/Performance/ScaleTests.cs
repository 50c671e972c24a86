using Aims.Cli.Inputs;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Performance;

/// <summary>
/// The tool at organisation scale: a thousand manifests merge into one inventory, and a thousand systems make one
/// report. Correctness only; the time and memory figures come from running the tool itself on the same synthetic
/// manifests (AIMS_SYNTHETIC_DIR keeps them in a folder of your choice).
/// </summary>
public sealed class ScaleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_thousand_manifests_merge_into_one_inventory()
    {
        var folder = Environment.GetEnvironmentVariable("AIMS_SYNTHETIC_DIR") is { Length: > 0 } kept ? kept : _folder.Combine("services");
        SyntheticInventory.WriteServices(folder, 1000);

        var result = AimsTool.Run("merge", folder, "--name", "contoso");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var merged = Inputs.ManifestReader.Read("merged", result.StandardOutputBytes);
        Assert.Equal(1000, merged.Sources!.Count);
        Assert.Equal(3001, merged.Systems.Count);
        var shared = merged.Systems.Single(s => s.Id == SyntheticInventory.SharedSystem);
        Assert.Equal(SyntheticInventory.AssemblyOf(0), shared.DeclaredIn);
        Assert.Equal(100, shared.Pieces.Count);
        Assert.Equal(101 * 4, shared.KnownCallSites().Count);
        Assert.Single(shared.DataSources);
    }

    [Fact]
    public void A_report_of_a_thousand_systems_lists_each_of_them()
    {
        var manifest = Fixtures.Write(SyntheticInventory.Large(1000), _folder.Combine("monolith.aims.json"));
        if (Environment.GetEnvironmentVariable("AIMS_SYNTHETIC_DIR") is { Length: > 0 } kept)
        {
            File.Copy(manifest, Path.Combine(kept, "..", "monolith-1000-systems.aims.json"), overwrite: true);
        }

        var html = AimsTool.Run("report", manifest, "-o", "-");

        Assert.Equal(0, html.ExitCode);
        Assert.Equal(1000, html.StandardOutput.Split("<tr><td><code>svc0000-system", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void A_markdown_report_of_a_thousand_systems_fits_in_a_GitHub_job_summary()
    {
        var manifest = Fixtures.Write(SyntheticInventory.Large(1000), _folder.Combine("monolith.aims.json"));

        // 1,001 systems: the thousand and the assistant that the first service shares.
        var markdown = AimsTool.Run("report", manifest, "--format", "md");

        Assert.Equal(0, markdown.ExitCode);
        Assert.True(markdown.StandardOutputBytes.Length <= 1024 * 1024, $"{markdown.StandardOutputBytes.Length} bytes: GitHub shows at most 1 MiB of a step summary");
        Assert.Contains("… 901 more systems: see the HTML report (aims report).", markdown.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
