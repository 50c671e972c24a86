using System.IO;
using System.Linq;

namespace Aims.Cli.Diff;

/// <summary>The plain-text diff for a terminal or a build log: one change a line, regressions marked.</summary>
internal static class DiffTextWriter
{
    public static void Write(DiffResult result, TextWriter text)
    {
        text.WriteLine($"aims diff: {DiffResult.Describe(result.Old)} -> {DiffResult.Describe(result.New)}");
        var width = result.Changes.Select(c => c.Kind.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var change in result.Changes)
        {
            var marker = change.Kind.IsRegression ? "REGRESSION" : "change    ";
            text.WriteLine($"{marker} {change.Kind.Name.PadRight(width)}  {change.Subject}: {change.Detail}");
        }

        if (result.Changes.Count == 0)
        {
            text.WriteLine("No changes to AI systems, controls or undeclared AI calls.");
        }

        text.WriteLine(result.Verdict);
    }
}
