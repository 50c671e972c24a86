using System;
using System.Collections.Generic;
using Aims.Manifest.Model;

namespace Aims.Cli.Inputs;

/// <summary>
/// What only a manifest with the build's evidence (or one read from a binary) holds: its AI calls and controls. The tool reads no other
/// into a report, merge, diff or bill of materials (<see cref="ManifestLoader"/> refuses them), so these are always
/// there; a manifest of declarations only would otherwise be read as one without AI calls.
/// </summary>
internal static class BuildEvidence
{
    public static IReadOnlyList<CallSite> KnownUndeclaredUsages(this ManifestDocument manifest) => manifest.UndeclaredUsages ?? throw Unknown(manifest);

    public static IReadOnlyList<ControlEntry> KnownControls(this ManifestDocument manifest) => manifest.Controls ?? throw Unknown(manifest);

    public static IReadOnlyList<CallSite> KnownCallSites(this AiSystem system) =>
        system.CallSites ?? throw new InvalidOperationException($"the AI calls of system '{system.Id}' are not known");

    private static InvalidOperationException Unknown(ManifestDocument manifest) =>
        new($"the manifest of '{manifest.Assembly.Name}' holds declarations only");
}
