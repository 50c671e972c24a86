using System.Collections.Generic;
using Aims.Analyzers.Detection;
using Aims.Manifest.Catalog;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// Credential properties that are not the provider's API key, with the environment variable their SDK itself reads for
/// them (Anthropic 12.38.0 reads ANTHROPIC_AUTH_TOKEN and ANTHROPIC_WEBHOOK_SIGNING_KEY), so that the fix does not put an
/// auth token or a webhook signing key into the API key's variable.
/// </summary>
internal static class SdkCredentialVariables
{
    private static readonly Dictionary<(string Provider, string Property), string> Variables = new()
    {
        [(ModelProviders.Anthropic.Name, "AuthToken")] = "ANTHROPIC_AUTH_TOKEN",
        [(ModelProviders.Anthropic.Name, "WebhookKey")] = "ANTHROPIC_WEBHOOK_SIGNING_KEY",
    };

    public static string? Of(ModelProvider provider, string property) =>
        Variables.TryGetValue((provider.Name, property), out var variable) ? variable : null;
}
