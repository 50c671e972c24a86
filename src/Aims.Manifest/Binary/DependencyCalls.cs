using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Binary;

/// <summary>A dependency's AI calls as a manifest lists them: once per calling and called member, with how many there are.</summary>
internal static class DependencyCalls
{
    public static IReadOnlyList<DependencyCall> Of(IEnumerable<BinaryCall> calls) => calls
        .GroupBy(call => (call.CallingMember, call.CalledMember, call.Sdk, Provider: call.Provider?.Name, call.Kind))
        .Select(group => new DependencyCall(
            group.Key.CallingMember, group.Key.CalledMember, group.Key.Sdk, group.Key.Provider, group.Key.Kind.ToString(),
            AiCallKinds.CategoryName(group.Key.Kind), group.Count()))
        .OrderBy(call => call.CallingMember, StringComparer.Ordinal)
        .ThenBy(call => call.CalledMember, StringComparer.Ordinal)
        .ToList();
}
