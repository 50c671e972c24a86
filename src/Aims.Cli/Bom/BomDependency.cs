using System;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>A dependency that calls AI, as a library component of the bills of materials, with its package URL.</summary>
internal sealed record BomDependency(DependencyEntry Dependency)
{
    public string Ref => "dependency:" + Uri.EscapeDataString((Dependency.Assembly is { } assembly ? assembly + "/" : "") + Dependency.Name + "/" + Dependency.AssemblyName);

    /// <summary>pkg:nuget/id@version for a package (the package URL Dependency-Track and vulnerability databases key by); null otherwise.</summary>
    public string? Purl => Dependency.Origin == DependencyOrigin.Package && Dependency.Version is { } version
        ? $"pkg:nuget/{Uri.EscapeDataString(Dependency.Name)}@{Uri.EscapeDataString(version)}"
        : null;
}
