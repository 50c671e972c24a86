using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Manifest.Vocabulary;

/// <summary>The policy presets of &lt;AimsAnalysisMode&gt;, from the weakest to the strictest.</summary>
internal static class AnalysisModes
{
    public const string Minimal = "Minimal";
    public const string Recommended = "Recommended";
    public const string Strict = "Strict";

    /// <summary>The mode a project has when it sets none.</summary>
    public const string Default = Recommended;

    public static IReadOnlyList<string> All { get; } = new[] { Minimal, Recommended, Strict };

    /// <summary>
    /// The weakest of several modes: a merged inventory claims no stricter policy than its weakest project. An unknown
    /// mode counts as weaker than any known one.
    /// </summary>
    public static string Weakest(IEnumerable<string> modes) =>
        modes.OrderBy(mode => All.ToList().IndexOf(mode)).ThenBy(mode => mode, StringComparer.Ordinal).First();
}
