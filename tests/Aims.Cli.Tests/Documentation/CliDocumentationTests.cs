using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aims.Cli.Commands;
using Aims.Cli.Diff;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Documentation;

/// <summary>docs/cli.md and docs/ci.md agree with the tool, and every statement of cli.md names the tests that cover it.</summary>
public sealed class CliDocumentationTests
{
    private static readonly MarkdownDocument Cli = MarkdownDocument.Load("docs/cli.md");
    private static readonly MarkdownDocument Ci = MarkdownDocument.Load("docs/ci.md");
    private static readonly MarkdownDocument Readme = MarkdownDocument.Load("README.md");
    private static readonly RootCommand Root = AimsApp.CreateRootCommand(new CliConsole(Stream.Null, TextWriter.Null, false));

    [Fact]
    public void Every_option_of_every_command_is_documented_and_every_documented_option_exists()
    {
        foreach (var command in Root.Subcommands)
        {
            var section = Cli.Sections[$"aims {command.Name}"];
            var documented = MarkdownDocument.TableRows(section)
                .SelectMany(row => Regex.Matches(row[0], "`(-{1,2}[a-z-]+)").Select(m => m.Groups[1].Value))
                .ToHashSet();
            var actual = command.Options.Where(o => o.Name != "--help").SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet();
            Assert.True(documented.SetEquals(actual), $"aims {command.Name}: documented {string.Join(" ", documented.Order())}, actual {string.Join(" ", actual.Order())}");
            Assert.Contains($"aims {command.Name} {string.Join(' ', command.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.Name}>..." : $"<{a.Name}>"))}", section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_example_command_line_parses()
    {
        var invocations = Cli.CodeBlocks.Concat(Ci.CodeBlocks).SelectMany(ShellCommandLine.AimsInvocations).ToList();

        Assert.True(invocations.Count >= 15, $"only {invocations.Count} aims command lines found");
        foreach (var args in invocations)
        {
            var errors = Root.Parse(args).Errors;
            Assert.True(errors.Count == 0, $"aims {string.Join(' ', args)}: {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }

    [Fact]
    public void The_README_lists_every_command_with_the_synopsis_of_the_cli_guide()
    {
        var synopses = MarkdownDocument.TableRows(Readme.Sections["The aims tool"]).Select(row => row[0].Trim('`')).ToList();

        Assert.Equal(Root.Subcommands.Select(command => $"aims {command.Name}"), synopses.Select(synopsis => string.Join(' ', synopsis.Split(' ').Take(2))));
        Assert.All(synopses, synopsis => Assert.Contains(synopsis, Cli.Sections[string.Join(' ', synopsis.Split(' ').Take(2))], StringComparison.Ordinal));
        Assert.Contains($"Exit codes: {ExitCodes.Success} success, {ExitCodes.Failure} a regression or policy failure, {ExitCodes.InvalidInput} invalid input or usage", Readme.Sections["The aims tool"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_exit_codes_table_matches_the_tool()
    {
        var codes = MarkdownDocument.TableRows(Cli.Sections["Exit codes"]).Select(row => int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([ExitCodes.Success, ExitCodes.Failure, ExitCodes.InvalidInput], codes);
    }

    [Fact]
    public void The_kinds_of_change_table_matches_the_tool()
    {
        var rows = MarkdownDocument.TableRows(Cli.Sections["aims diff"]).Where(row => row[0].StartsWith("`", StringComparison.Ordinal) && row.Length == 3);
        Assert.Equal(
            ChangeKind.All.Select(k => $"`{k.Name}` | {(k.IsRegression ? "yes" : "no")} | {k.Meaning}"),
            rows.Select(row => string.Join(" | ", row)));
    }

    [Fact]
    public void Every_section_of_the_cli_guide_names_the_tests_that_cover_it()
    {
        foreach (var (heading, body) in Cli.Sections)
        {
            Assert.True(MarkdownDocument.HasTestedBy(body), $"docs/cli.md section '{heading}' names no test");
        }
    }

    [Fact]
    public void Every_test_the_documentation_names_exists()
    {
        var sources = Directory.GetFiles(RepositoryRoot.Combine("tests/Aims.Cli.Tests"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryRoot.Combine("tests/Aims.Analyzers.EndToEndTests"), "Cli*.cs"))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        foreach (var test in Cli.TestedBy)
        {
            var (type, method) = (test[..test.LastIndexOf('.')], test[(test.LastIndexOf('.') + 1)..]);
            Assert.True(
                sources.Any(source => Regex.IsMatch(source, $@"\bclass {type}\b") && Regex.IsMatch(source, $@"\[(\w*Fact|Theory)[^\]]*\][\s\S]{{0,2000}}?\b(void|Task) {method}\(")),
                $"docs/cli.md names the test {test}, which does not exist");
        }
    }

    [Fact]
    public void The_tool_is_a_net8_tool_that_rolls_forward_to_newer_runtimes()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "aims.runtimeconfig.json")));
        var options = config.RootElement.GetProperty("runtimeOptions");
        Assert.Equal("net8.0", options.GetProperty("tfm").GetString());
        Assert.Equal("Major", options.GetProperty("rollForward").GetString());
    }
}
