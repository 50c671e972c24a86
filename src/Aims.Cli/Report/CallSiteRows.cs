using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Report;

/// <summary>Every AI call of the inventory exactly once: the undeclared ones first (they are gaps), then the covered ones.</summary>
internal static class CallSiteRows
{
    /// <summary>The columns of the table of calls, in both formats.</summary>
    public static readonly string[] Columns = ["Where", "Covered by", "Calling member", "Called member", "SDK", "Provider", "Kind", "Category", "Bound"];

    /// <summary>Each call with the system that covers it, or null for an undeclared call.</summary>
    public static IReadOnlyList<(CallSite Call, string? CoveredBy)> Of(ManifestDocument manifest) =>
        manifest.KnownUndeclaredUsages().Select(call => (call, (string?)null))
            .Concat(manifest.Systems.SelectMany(system => system.KnownCallSites().Select(call => (call, (string?)system.Id))))
            .ToList();

    /// <summary>The rule that reports an undeclared call: AIMS001 for a model call, AIMS020 for a service call.</summary>
    public static string UndeclaredRule(CallSite call) =>
        string.Equals(call.Category, AiCallKinds.ServiceCategory, StringComparison.Ordinal) ? "AIMS020" : "AIMS001";
}
