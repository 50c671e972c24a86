using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>A governance value that is still a placeholder: which system (if any), which field, the text, and where.</summary>
internal sealed record PlaceholderUse(string? SystemId, string Field, string Value, SourceLocation? DeclaredAt);
