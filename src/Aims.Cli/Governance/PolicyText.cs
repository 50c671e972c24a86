using Aims.Manifest.Model;

namespace Aims.Cli.Governance;

/// <summary>How the report, the diff and the BOMs name the AI policy a build applied.</summary>
internal static class PolicyText
{
    /// <summary>"Contoso AI policy 2026.1 (sha256 3f9a0c1d…)", or the file's problem when it could not be applied.</summary>
    public static string Identity(PolicyEntry policy)
    {
        var hash = policy.Sha256 is { } sha256 ? $" (sha256 {sha256[..12]})" : string.Empty;
        return policy.Problem is { } problem
            ? $"a policy file that could not be applied{hash}: {problem}"
            : $"{policy.Name} {policy.Version}{hash}";
    }
}
