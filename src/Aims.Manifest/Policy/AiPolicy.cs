using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Policy;

/// <summary>
/// An organisation's AI policy (docs/policy.md). A list left out (null) allows everything of its kind; a list given
/// allows only what it names. Each verdict method says why the policy does not allow a thing, or null when it does.
/// </summary>
internal sealed record AiPolicy(
    string Name,
    string Version,
    IReadOnlyList<string>? AllowedProviders,
    IReadOnlyList<string> ForbiddenProviders,
    IReadOnlyList<string>? AllowedModels,
    bool RequirePinnedModels,
    IReadOnlyList<string>? AllowedHosting,
    IReadOnlyList<string>? AllowedEndpoints,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RequiredFactsByRisk,
    bool PersonalDataRequiresSupplierAgreement,
    IReadOnlyList<string>? AllowedTools,
    IReadOnlyList<string>? AllowedToolEffects)
{
    // Checked at every model id, endpoint and tool of a build: each pattern is turned into a regex once.
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public bool ChecksProviders => AllowedProviders is not null || ForbiddenProviders.Count > 0;

    public bool ChecksModels => AllowedModels is not null || RequirePinnedModels;

    public bool ChecksTools => AllowedTools is not null || AllowedToolEffects is not null;

    /// <summary>Whether any rule reads the declarations: [AiModel] providers, ids and hosting, risk-level facts, supplier agreements.</summary>
    public bool ChecksDeclarations =>
        ChecksProviders || ChecksModels || AllowedHosting is not null || RequiredFactsByRisk.Count > 0 || PersonalDataRequiresSupplierAgreement;

    public string? ProviderVerdict(string provider) =>
        ForbiddenProviders.Contains(provider, StringComparer.Ordinal) ? $"it forbids provider '{provider}'"
        : AllowedProviders is { } allowed && !allowed.Contains(provider, StringComparer.Ordinal) ? $"it allows only providers {Listed(allowed)}"
        : null;

    public string? ModelVerdict(string modelId, ModelProvider? provider) =>
        AllowedModels is { } allowed && !allowed.Any(pattern => Matches(pattern, modelId.Trim())) ? $"it allows only models {Listed(allowed)}"
        : RequirePinnedModels && ModelProviders.ChecksPinning(provider) && !ModelProviders.IsPinned(provider, modelId) ? "it requires models pinned to a version or dated snapshot"
        : null;

    /// <param name="hosting">The AiModelHosting member a declaration states; Unspecified when it states none.</param>
    public string? HostingVerdict(string hosting) =>
        AllowedHosting is not { } allowed ? null
        : hosting == GovernanceEnums.AiModelHosting.UnsetMember ? $"it allows only hosting {Listed(allowed)} and the model does not state where it runs"
        : !allowed.Contains(hosting, StringComparer.Ordinal) ? $"it allows only hosting {Listed(allowed)}"
        : null;

    /// <param name="host">The host name of a model endpoint, with its port when the URL gives one.</param>
    public string? EndpointVerdict(string host) =>
        AllowedEndpoints is { } allowed && !allowed.Any(pattern => Matches(pattern, host)) ? $"it allows only endpoints {Listed(allowed)}" : null;

    public string? ToolVerdict(string? name, AiToolEffect effect)
    {
        if (AllowedTools is { } allowed && (name is null || !allowed.Any(pattern => Matches(pattern, name))))
        {
            return name is null ? $"it allows only tools {Listed(allowed)} and the code does not name this one" : $"it allows only tools {Listed(allowed)}";
        }

        return AllowedToolEffects is { } effects && !effects.Contains(effect.ToString(), StringComparer.Ordinal)
            ? $"it allows only tools whose effect is {Listed(effects)}, and this one's is {effect}"
            : null;
    }

    /// <summary>The facts the policy requires of a system of the risk level, none when it names the level nowhere.</summary>
    public IReadOnlyList<string> RequiredFacts(string riskLevel) =>
        RequiredFactsByRisk.TryGetValue(riskLevel, out var facts) ? facts : [];

    private static string Listed(IReadOnlyList<string> values) =>
        values.Count == 0 ? "none" : string.Join(", ", values.Select(value => $"'{value}'"));

    /// <summary>A pattern where '*' stands for any run of characters, compared without case.</summary>
    private static bool Matches(string pattern, string value) => Patterns.GetOrAdd(pattern, ToRegex).IsMatch(value);

    private static Regex ToRegex(string pattern) =>
        new("^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
