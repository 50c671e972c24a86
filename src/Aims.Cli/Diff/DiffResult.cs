using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;

namespace Aims.Cli.Diff;

/// <summary>What <c>aims diff</c> found and decided: the two inventories, the changes, and whether the policy fails.</summary>
internal sealed record DiffResult(ManifestDocument Old, ManifestDocument New, IReadOnlyList<Change> Changes, FailOnPolicy Policy)
{
    public bool Fails => Policy.Fails(Changes);

    public int RegressionCount => Changes.Count(c => c.Kind.IsRegression);

    /// <summary>"App 1.2.0.0 (4f2a9c1)", or for a merged inventory its name and how many assemblies it holds.</summary>
    public static string Describe(ManifestDocument manifest)
    {
        var revision = manifest.SourceRevision is null ? "" : $" ({manifest.SourceRevision})";
        return manifest.Sources is { } sources
            ? $"{manifest.Assembly.Name} ({sources.Count} assemblies){revision}"
            : $"{manifest.Assembly.Name} {manifest.Assembly.Version}{revision}";
    }

    /// <summary>"fails on regressions", "never fails" and so on, for the last line of every format.</summary>
    public string Verdict =>
        (Fails ? "FAILED" : "passed") + $": {Changes.Count} change(s), {RegressionCount} regression(s); fails on: {string.Join(", ", Policy.Names)}";
}
