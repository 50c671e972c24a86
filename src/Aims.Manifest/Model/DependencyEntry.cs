using System.Collections.Generic;
using System.Linq;

namespace Aims.Manifest.Model;

/// <summary>
/// An assembly the project runs with (a package's runtime asset or a referenced project's output) that calls AI, as its
/// IL shows. <see cref="Assembly"/> is set in merged inventories only.
/// </summary>
/// <param name="Name">The package id, or the referenced project's name.</param>
/// <param name="Version">The package version; null for a project.</param>
/// <param name="Origin">"package", "project" or "file".</param>
/// <param name="AssemblyName">The assembly's name, which may differ from the package id.</param>
/// <param name="IsAiSdk">An AI SDK of the catalogue: the AI the project chose to use, not AI hidden in a library.</param>
/// <param name="ViaAiSdk">A package that only the AI SDKs the project references bring: part of the AI it chose.</param>
/// <param name="SupplierOf">The systems whose project declares the dependency their supplier (AimsSupplierOf).</param>
/// <param name="DeclaredSystems">The AI systems the dependency itself declares (it was built with Aims).</param>
/// <param name="Calls">What it calls, once per calling and called member.</param>
internal sealed record DependencyEntry(
    string? Assembly,
    string Name,
    string? Version,
    string Origin,
    string AssemblyName,
    bool IsAiSdk,
    bool ViaAiSdk,
    IReadOnlyList<string> SupplierOf,
    IReadOnlyList<string> DeclaredSystems,
    IReadOnlyList<DependencyCall> Calls)
{
    /// <summary>
    /// A library that calls AI of its own accord and supplies none of the declared systems (AIMSB004): not an AI SDK or a
    /// package only SDKs bring, and not a project of the solution, whose own build reports its calls.
    /// </summary>
    public bool SuppliesNoDeclaredSystem(ISet<string> declaredSystems) =>
        !IsAiSdk && !ViaAiSdk && Origin != Vocabulary.DependencyOrigin.Project && Calls.Count > 0 && !SupplierOf.Any(declaredSystems.Contains);
}
