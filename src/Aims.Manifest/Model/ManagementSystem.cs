namespace Aims.Manifest.Model;

/// <summary>The assembly's [assembly: AiManagementSystem] declaration.</summary>
internal sealed record ManagementSystem(
    string? Organization,
    string? Scope,
    string? PolicyReference,
    string? PolicyUri,
    string? IncidentContact,
    SourceLocation? DeclaredAt);
