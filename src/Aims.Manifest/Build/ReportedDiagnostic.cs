using System.Collections.Generic;
using Aims.Manifest.Model;

namespace Aims.Manifest.Build;

/// <summary>
/// One diagnostic of the compilation as the compiler reported it: its id, effective level, message, where it is (the
/// file path as the compiler has it, 1-based line and column; null for a diagnostic about the whole compilation), how it
/// was suppressed if it was, and its properties.
/// </summary>
internal sealed record ReportedDiagnostic(
    string Id,
    string Severity,
    string Message,
    string? FilePath,
    int? Line,
    int? Column,
    Suppression? Suppression,
    IReadOnlyDictionary<string, string> Properties);
