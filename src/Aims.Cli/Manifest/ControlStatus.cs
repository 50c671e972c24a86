namespace Aims.Cli.Manifest;

/// <summary>The four control statuses a manifest uses.</summary>
internal static class ControlStatus
{
    public const string Evidenced = "evidenced";
    public const string Gap = "gap";
    public const string Excluded = "excluded";
    public const string NotApplicable = "notApplicable";

    public static readonly string[] All = [Evidenced, Gap, Excluded, NotApplicable];
}
