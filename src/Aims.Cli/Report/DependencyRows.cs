using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>The dependencies that call AI, in both formats: AI hidden in libraries first (they are the news), then the SDKs.</summary>
internal static class DependencyRows
{
    public static readonly string[] Columns = ["Dependency", "Version", "Origin", "What it is", "Supplier of", "Declares", "AI calls"];

    public const string NotScanned = "The manifest does not list its dependencies: the build that wrote it did not scan them (a manifest read from a binary, or of declarations only).";

    public static IReadOnlyList<DependencyEntry>? Of(ManifestDocument manifest) => manifest.Dependencies?
        .OrderBy(d => d.IsAiSdk)
        .ThenBy(d => d.Assembly, System.StringComparer.Ordinal)
        .ThenBy(d => d.Name, System.StringComparer.Ordinal)
        .ToList();

    /// <summary>A library that calls AI and supplies no declared system is a gap (AIMSB004); projects report their own calls.</summary>
    public static string[] Cells(IReportFormat f, DependencyEntry dependency, ISet<string> declaredSystems) =>
    [
        f.Code((dependency.Assembly is { } assembly ? assembly + ": " : "") + dependency.Name),
        dependency.Version is { } version ? f.Text(version) : f.None("none"),
        f.Text(dependency.Origin),
        dependency.IsAiSdk ? f.Text("AI SDK") : dependency.ViaAiSdk ? f.Text("calls AI, brought by an AI SDK") : f.Text("calls AI"),
        !dependency.SuppliesNoDeclaredSystem(declaredSystems) && dependency.SupplierOf.Count > 0 ? string.Join(", ", dependency.SupplierOf.Select(f.Code))
            : dependency.SuppliesNoDeclaredSystem(declaredSystems) ? f.Gap("no system (AIMSB004)")
            : f.None("none declared"),
        dependency.DeclaredSystems.Count > 0 ? string.Join(", ", dependency.DeclaredSystems.Select(f.Code)) : f.None("none"),
        dependency.Calls.Count == 0 ? f.None(dependency.IsAiSdk ? "the SDK itself" : "none")
            : f.Text($"{dependency.Calls.Sum(c => c.Count)}: ") + string.Join(", ", dependency.Calls.Select(c => c.CalledMember).Distinct().Take(5).Select(f.Code)),
    ];

    /// <summary>The ids of the manifest's systems, against which a dependency's AimsSupplierOf counts.</summary>
    public static ISet<string> DeclaredSystems(ManifestDocument manifest) =>
        new HashSet<string>(manifest.Systems.Select(s => s.Id), System.StringComparer.Ordinal);

    public static string Sentence(IReadOnlyList<DependencyEntry> dependencies, ISet<string> declaredSystems)
    {
        var libraries = dependencies.Where(d => !d.IsAiSdk).ToList();
        var undeclared = libraries.Count(d => d.SuppliesNoDeclaredSystem(declaredSystems));
        return $"{ReportView.Plural(dependencies.Count(d => d.IsAiSdk), "AI SDK")} and {(libraries.Count == 1 ? "1 other dependency" : $"{libraries.Count} other dependencies")} that {(libraries.Count == 1 ? "calls" : "call")} AI, {undeclared} of them a supplier of no declared system.";
    }
}
