using System.Collections.Generic;

namespace Aims.Manifest.Build;

/// <summary>
/// What a compilation reported: every diagnostic, suppressed ones included; the rules the build's configuration
/// disabled (for all or part of the compilation), or null where the report does not say; and which report it is
/// ("SARIF 2.1.0").
/// </summary>
internal sealed record CompilerReport(string Format, IReadOnlyList<ReportedDiagnostic> Diagnostics, IReadOnlyCollection<string>? DisabledRules);
