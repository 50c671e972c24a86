using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Commands;

/// <summary>The command line itself: help, and usage errors that exit 2 with one line.</summary>
public sealed class UsageTests
{
    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var result = AimsTool.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "report", "merge", "diff", "bom", "extract" })
        {
            Assert.Contains(command, result.StandardOutput, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("report")]
    [InlineData("report", "x.aims.json", "--format", "pdf")]
    [InlineData("diff", "only-one.aims.json")]
    [InlineData("diff", "a", "b", "--fail-on", "risk-risen")]
    [InlineData("diff", "a", "b", "--fail-on", "none,risk-raised")]
    [InlineData("bom", "x.aims.json", "--timestamp", "yesterday")]
    [InlineData("merge", "x.aims.json", "--colour")]
    [InlineData("report", "x.aims.json", "--format", "md", "--max-rows", "0")]
    [InlineData("report", "x.aims.json", "--max-rows", "10")]
    public void A_command_line_that_does_not_parse_exits_2_with_one_line(params string[] args)
    {
        var result = AimsTool.Run(args);
        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aims: error: ", line, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutputBytes);
    }
}
