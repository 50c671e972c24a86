using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Cli.Governance;

/// <summary>The policy presets of <c>AimsAnalysisMode</c>, from the weakest to the strictest.</summary>
internal static class AnalysisMode
{
    private static readonly string[] ByStrictness = ["Minimal", "Recommended", "Strict"];

    /// <summary>
    /// The weakest of several modes: a merged inventory claims no stricter policy than its weakest project. An unknown
    /// mode counts as weaker than any known one.
    /// </summary>
    public static string Weakest(IEnumerable<string> modes) =>
        modes.OrderBy(mode => Array.IndexOf(ByStrictness, mode)).ThenBy(mode => mode, StringComparer.Ordinal).First();
}
