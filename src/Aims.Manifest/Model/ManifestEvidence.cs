using System.Collections.Generic;

namespace Aims.Manifest.Model;

/// <summary>
/// Where the manifest's AI calls and findings come from: <see cref="Vocabulary.EvidenceSource.Build"/> (the compiler's
/// error log of the build, which <see cref="ErrorLog"/> names, for example "SARIF 2.1.0"),
/// <see cref="Vocabulary.EvidenceSource.Inputs"/> (the build's screening found nothing to analyse),
/// <see cref="Vocabulary.EvidenceSource.Declarations"/>, with <see cref="Missing"/> saying why nothing more is known, or
/// <see cref="Vocabulary.EvidenceSource.Binary"/> (a built assembly's IL, with <see cref="Missing"/> saying what it cannot show).
/// <see cref="DisabledRules"/> are the rules the build's configuration turned off (severity none, NoWarn) in all or part
/// of the compilation, whose findings are therefore absent; null where no log says (SARIF 1.0, or no analysis).
/// </summary>
internal sealed record ManifestEvidence(string Source, string? ErrorLog, string? Missing, IReadOnlyList<string>? DisabledRules);
