namespace Aims.Manifest.Model;

/// <summary>
/// A diagnostic the build reported, with its effective severity; a suppressed one carries its <see cref="Suppression"/>
/// (a waiver). <see cref="Assembly"/> is set in merged inventories only.
/// </summary>
internal sealed record Finding(string? Assembly, string Id, string Severity, string? Path, int? Line, string Message, Suppression? Suppression)
{
    public bool IsWaived => Suppression is not null;
}
