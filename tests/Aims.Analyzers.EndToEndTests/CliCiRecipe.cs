using System.Text.RegularExpressions;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>The <c>run:</c> steps of the GitHub Actions workflow in docs/ci.md, by step name, as the runner would execute them.</summary>
public static partial class CliCiRecipe
{
    public static IReadOnlyList<(string Name, string Script)> GitHubSteps()
    {
        var doc = File.ReadAllText(Path.Combine(Aims.Analyzers.Tests.Documentation.RepositoryFiles.Root, "docs", "ci.md"));
        var workflow = WorkflowBlock().Match(doc).Groups["yaml"].Value;
        var steps = new List<(string, string)>();
        foreach (var step in StepStart().Split(workflow).Skip(1))
        {
            var name = StepName().Match(step) is { Success: true } match ? match.Groups["name"].Value.Trim() : "";
            var run = RunLine().Match(step);
            if (!run.Success)
            {
                continue;
            }

            var script = run.Groups["inline"].Value.Trim() is { Length: > 0 } inline && inline != "|"
                ? inline
                : string.Join("\n", step[(run.Index + run.Length)..].Split('\n')
                    .TakeWhile(line => line.Length == 0 || line.StartsWith(new string(' ', run.Groups["indent"].Length + 2), StringComparison.Ordinal))
                    .Select(line => line.Length == 0 ? line : line[(run.Groups["indent"].Length + 2)..]));
            steps.Add((name, script.Trim() + "\n"));
        }

        return steps;
    }

    [GeneratedRegex(@"## GitHub Actions.*?```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex WorkflowBlock();

    [GeneratedRegex(@"^      - ", RegexOptions.Multiline)]
    private static partial Regex StepStart();

    [GeneratedRegex(@"^name: (?<name>.+)$", RegexOptions.Multiline)]
    private static partial Regex StepName();

    [GeneratedRegex(@"^(?<indent> *)run: (?<inline>.*)$", RegexOptions.Multiline)]
    private static partial Regex RunLine();
}
