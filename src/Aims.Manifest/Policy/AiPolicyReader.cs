using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Catalog;
using Aims.Manifest.Json;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Policy;

/// <summary>
/// Reads a policy file. Anything it does not know is refused with a reason, never read as "allowed": a misspelt rule
/// would otherwise allow everything.
/// </summary>
internal static class AiPolicyReader
{
    private static readonly string[] TopLevel = ["$schema", "name", "version", "providers", "models", "hosting", "riskLevels", "personalData", "tools"];
    private static readonly string[] ProviderRules = ["allowed", "forbidden"];
    private static readonly string[] ModelRules = ["allowed", "requirePinned"];
    private static readonly string[] HostingRules = ["allowed", "endpoints"];
    private static readonly string[] PersonalDataRules = ["requireSupplierAgreement"];
    private static readonly string[] ToolRules = ["allowed", "allowedEffects"];

    /// <summary>The rule members of each section, for the schema test and the docs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Sections { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["providers"] = ProviderRules,
        ["models"] = ModelRules,
        ["hosting"] = HostingRules,
        ["personalData"] = PersonalDataRules,
        ["tools"] = ToolRules,
    };

    public static IReadOnlyList<string> TopLevelMembers => TopLevel;

    /// <exception cref="AiPolicyException">The text is no valid policy.</exception>
    public static AiPolicy Read(string text)
    {
        try
        {
            var root = new JsonObjectReader(JsonParser.Parse(text), "");
            OnlyKnown(root, TopLevel);
            var providers = Section(root, "providers");
            var models = Section(root, "models");
            var hosting = Section(root, "hosting");
            var personalData = Section(root, "personalData");
            var tools = Section(root, "tools");
            return new AiPolicy(
                NonEmpty(root, "name"),
                NonEmpty(root, "version"),
                Providers(providers, "allowed"),
                Providers(providers, "forbidden") ?? [],
                models?.NullableStringArray("allowed"),
                models?.NullableBool("requirePinned") ?? false,
                OneOf(hosting, "allowed", GovernanceEnums.AiModelHosting.Members.Where(member => member != GovernanceEnums.AiModelHosting.UnsetMember)),
                hosting?.NullableStringArray("endpoints"),
                RiskLevels(root.NullableObject("riskLevels")),
                personalData?.NullableBool("requireSupplierAgreement") ?? false,
                tools?.NullableStringArray("allowed"),
                OneOf(tools, "allowedEffects", Enum.GetNames(typeof(AiToolEffect))));
        }
        catch (JsonFormatException e)
        {
            throw new AiPolicyException($"is not valid JSON: {e.Message}");
        }
        catch (JsonShapeException e)
        {
            throw new AiPolicyException(e.Message);
        }
    }

    private static JsonObjectReader? Section(JsonObjectReader root, string name)
    {
        var section = root.NullableObject(name);
        if (section is not null)
        {
            OnlyKnown(section, Sections[name]);
        }

        return section;
    }

    private static void OnlyKnown(JsonObjectReader json, IEnumerable<string> known)
    {
        if (json.Names.FirstOrDefault(name => !known.Contains(name, StringComparer.Ordinal)) is { } unknown)
        {
            throw json.Invalid($"has '{unknown}', which the policy format does not know (known: {string.Join(", ", known.Where(k => k != "$schema"))})");
        }
    }

    private static string NonEmpty(JsonObjectReader json, string name) =>
        json.String(name) is { Length: > 0 } value && value.Trim().Length > 0 ? value.Trim() : throw json.Invalid($"has an empty {name}");

    /// <summary>Provider names exactly as the providers table writes them, as the schema's enum has them; any other is refused.</summary>
    private static IReadOnlyList<string>? Providers(JsonObjectReader? json, string name) =>
        json?.NullableStringArray(name)?.Select(provider => ModelProviders.All.FirstOrDefault(known => known.Name == provider)?.Name
            ?? throw json.Invalid($"names provider '{provider}' in {name}, which is none of {string.Join(", ", ModelProviders.All.Select(p => p.Name))}")).ToList();

    private static IReadOnlyList<string>? OneOf(JsonObjectReader? json, string name, IEnumerable<string> members)
    {
        var known = members.ToList();
        return json?.NullableStringArray(name)?.Select(value => known.Contains(value, StringComparer.Ordinal)
            ? value
            : throw json.Invalid($"names '{value}' in {name}, which is none of {string.Join(", ", known)}")).ToList();
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> RiskLevels(JsonObjectReader? json)
    {
        var byLevel = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (json is null)
        {
            return byLevel;
        }

        var levels = GovernanceEnums.AiRiskLevel.Members;
        var facts = PolicyFacts.All.ToList();
        foreach (var level in json.Names)
        {
            if (!levels.Contains(level))
            {
                throw json.Invalid($"has risk level '{level}', which is none of {string.Join(", ", levels)}");
            }

            byLevel[level] = json.StringArray(level).Select(fact => facts.Contains(fact, StringComparer.Ordinal)
                ? fact
                : throw json.Invalid($"requires '{fact}' of {level} systems, which is none of the facts {string.Join(", ", facts)}")).ToList();
        }

        return byLevel;
    }
}
