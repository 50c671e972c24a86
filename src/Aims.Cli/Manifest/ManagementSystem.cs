namespace Aims.Cli.Manifest;

/// <summary>The <c>[assembly: AiManagementSystem]</c> declaration: the scope of the AI management system.</summary>
internal sealed record ManagementSystem(
    string? Organization,
    string? Scope,
    string? PolicyReference,
    string? PolicyUri,
    string? IncidentContact,
    SourceLocation? DeclaredAt);
