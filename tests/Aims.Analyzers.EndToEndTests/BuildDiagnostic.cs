using System.Text.RegularExpressions;

namespace Aims.Analyzers.EndToEndTests;

/// <summary>A diagnostic as `dotnet build` prints it: file, line, severity and id.</summary>
public sealed partial record BuildDiagnostic(string File, int Line, string Severity, string Id)
{
    public override string ToString() => $"{File}({Line}): {Severity} {Id}";

    /// <summary>The distinct diagnostics with the given id prefix in build output (MSBuild may print one twice).</summary>
    public static IReadOnlyList<BuildDiagnostic> Parse(string output, string idPrefix) =>
        Pattern().Matches(output)
            .Select(m => new BuildDiagnostic(Path.GetFileName(m.Groups["file"].Value), int.Parse(m.Groups["line"].Value), m.Groups["severity"].Value, m.Groups["id"].Value))
            .Where(d => d.Id.StartsWith(idPrefix, StringComparison.Ordinal))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*?)\((?<line>\d+),\d+\): (?<severity>warning|error|info) (?<id>[A-Z]+\d+):", RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
