using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Policy;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>The report's AI policy section, for the HTML and the Markdown alike: which policy applied, and its open verdicts.</summary>
internal static class PolicyRows
{
    public static IReadOnlyList<string> Columns { get; } = ["Rule", "Where", "Verdict"];

    /// <summary>One sentence per policy applied: one for a project, one per source of a merged inventory whose sources differ.</summary>
    public static IReadOnlyList<string> Applied(ManifestDocument manifest)
    {
        if (SourcesOfDifferentPolicies(manifest) is { } sources)
        {
            return sources.Select(source => $"{source.Name}: {Sentence(source.Policy)}").ToList();
        }

        if (manifest.Policy is null && manifest.Evidence.Source is EvidenceSource.Declarations or EvidenceSource.Binary)
        {
            return [$"Which AI policy the build applied is not known: {manifest.Evidence.Missing}."];
        }

        return [Sentence(manifest.Policy)];
    }

    /// <summary>The policy and open verdicts as one line each, for the BOMs: "name", "version", "sha256", "problem", "violation".</summary>
    public static IEnumerable<(string Name, string? Value)> Facts(ManifestDocument manifest)
    {
        var policy = manifest.Policy;
        yield return ("name", policy?.Name);
        yield return ("version", policy?.Version);
        yield return ("sha256", policy?.Sha256);
        yield return ("problem", policy?.Problem);
        if (SourcesOfDifferentPolicies(manifest) is { } sources)
        {
            foreach (var source in sources)
            {
                yield return ("source", $"{source.Name}: {(source.Policy is { } applied ? PolicyText.Identity(applied) : "none")}");
            }
        }

        foreach (var verdict in Verdicts(manifest))
        {
            yield return ("violation", $"{verdict.Id} {LocationText.Of(verdict) ?? "(no source location)"}: {verdict.Message}");
        }
    }

    /// <summary>The open findings of the policy's rules; waived ones are in the Waivers section.</summary>
    public static IReadOnlyList<Finding> Verdicts(ManifestDocument manifest) =>
        (manifest.Findings ?? []).Where(f => !f.IsWaived && PolicyRules.IsPolicyRule(f.Id)).ToList();

    public static string[] Cells(IReportFormat f, Finding verdict) =>
        [f.Code(verdict.Id), LocationText.Of(verdict) is { } at ? f.Code(at) : f.None("no source location"), f.Text(verdict.Message)];

    /// <summary>The sources of a merged inventory whose builds did not all apply the same policy; null otherwise.</summary>
    private static IReadOnlyList<SourceManifest>? SourcesOfDifferentPolicies(ManifestDocument manifest) =>
        manifest.Sources is { } sources && sources.Select(source => source.Policy).Distinct().Count() > 1 ? sources : null;

    private static string Sentence(PolicyEntry? policy) => policy switch
    {
        null => "No AI policy applied.",
        { Problem: not null } => $"The AI policy could not be applied: {PolicyText.Identity(policy)}.",
        _ => $"The build applied the AI policy {PolicyText.Identity(policy)}.",
    };
}
