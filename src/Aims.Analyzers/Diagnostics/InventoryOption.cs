using System;
using Aims.Manifest.Build;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aims.Analyzers.Diagnostics;

/// <summary>Whether this compilation records the inventory: a command-line build, whose package targets set the option.</summary>
internal static class InventoryOption
{
    public static bool IsEnabled(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(InventoryRecords.EnabledOption, out var value) &&
        string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
