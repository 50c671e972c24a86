using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Manifest.Json;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest;

/// <summary>
/// The one reader of the manifest: JSON of schemaVersion 3.x onto the model, member by member, refusing what every
/// reader would trip over later (two systems or two controls with one id). Every problem is one sentence that says
/// where, for a caller to prefix with the file's name.
/// </summary>
internal static class ManifestReader
{
    /// <exception cref="ManifestReadException">The bytes are no manifest this version reads.</exception>
    public static ManifestDocument Read(byte[] utf8)
    {
        if (utf8.Length == 0)
        {
            throw new ManifestReadException("is empty, not a manifest");
        }

        JsonNode root;
        try
        {
            root = JsonParser.Parse(utf8);
        }
        catch (JsonFormatException e)
        {
            throw new ManifestReadException(e.Problem == JsonParser.InvalidUtf8 ? e.Message : $"is not valid JSON (truncated or corrupt): {e.Message}");
        }

        return Read(root);
    }

    /// <exception cref="ManifestReadException">The text is no manifest this version reads.</exception>
    public static ManifestDocument Read(string json)
    {
        JsonNode root;
        try
        {
            root = JsonParser.Parse(json);
        }
        catch (JsonFormatException e)
        {
            throw new ManifestReadException($"is not valid JSON (truncated or corrupt): {e.Message}");
        }

        return Read(root);
    }

    private static ManifestDocument Read(JsonNode root)
    {
        if (root.Kind != JsonKind.Object || root.Get("schemaVersion") is not { } version)
        {
            throw new ManifestReadException("is JSON but not an Aims manifest (no schemaVersion)");
        }

        if (version.Kind != JsonKind.String || !IsSupported(version.Text!))
        {
            var written = version.Kind == JsonKind.String ? $"\"{version.Text}\"" : version.Text ?? version.Kind.ToString().ToLowerInvariant();
            throw new ManifestReadException(
                $"has schemaVersion {written}; this version reads schemaVersion 3.x manifests (build with the current Aims.Analyzers)");
        }

        try
        {
            return Parse(new JsonObjectReader(root, ""));
        }
        catch (JsonShapeException e)
        {
            throw new ManifestReadException($"is not a valid schemaVersion 3 manifest: {e.Message}");
        }
    }

    private static bool IsSupported(string version) =>
        version == "3" || version.StartsWith("3.", StringComparison.Ordinal);

    private static ManifestDocument Parse(JsonObjectReader json) =>
        new(
            json.String("schemaVersion"),
            json.Object("generator", ReadNameAndVersion),
            json.Object("assembly", ReadNameAndVersion),
            json.NullableString("sourceRevision"),
            json.String("analysisMode"),
            json.Object("evidence", evidence => new ManifestEvidence(evidence.String("source"), evidence.NullableString("errorLog"), evidence.NullableString("missing"), evidence.NullableStringArray("disabledRules"))),
            json.NullableObject("managementSystem", ReadManagementSystem),
            Unique(json.Array("systems", ReadSystem), s => s.Id, "systems"),
            json.NullableArray("undeclaredUsages", ReadCallSite),
            json.NullableArray("undeclaredTools", ReadTool),
            json.Array("statementOfApplicability", ReadApplicability),
            json.NullableArray("controls", ReadControl) is { } controls ? Unique(controls, c => c.Id, "controls") : null,
            json.NullableArray("findings", ReadFinding),
            json.Object("summary", ReadSummary))
        {
            Dependencies = json.NullableArray("dependencies", ReadDependency),
            Policy = json.NullableObject("policy", ReadPolicy),
            Sources = json.NullableArray("sources", ReadSource),
            DuplicateSystems = json.NullableArray("duplicateSystems", d => new DuplicateSystem(d.String("id"), d.StringArray("declaredIn"))),
            ControlsBySource = json.NullableArray("controlsBySource", ReadSourceControls),
        };

    /// <summary>The items, when no two share an id.</summary>
    private static IReadOnlyList<T> Unique<T>(IReadOnlyList<T> items, Func<T, string> id, string path)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (first.ContainsKey(id(items[i])))
            {
                throw new JsonShapeException($"{path}[{i}].id '{id(items[i])}' repeats {path}[{first[id(items[i])]}].id");
            }

            first.Add(id(items[i]), i);
        }

        return items;
    }

    private static NameAndVersion ReadNameAndVersion(JsonObjectReader json) =>
        new(json.String("name"), json.String("version"));

    private static ManagementSystem ReadManagementSystem(JsonObjectReader json) => new(
        json.NullableString("organization"),
        json.NullableString("scope"),
        json.NullableString("policyReference"),
        json.NullableString("policyUri"),
        json.NullableString("incidentContact"),
        json.NullableObject("declaredAt", ReadLocation));

    private static SourceLocation ReadLocation(JsonObjectReader json)
    {
        var location = new SourceLocation(json.NullableString("assembly"), json.NullableString("path"), json.NullableInt("line"), json.NullableString("symbol"));
        return location.Path is null && location.Assembly is null
            ? throw json.Invalid("must have a path or an assembly")
            : location;
    }

    private static AiSystem ReadSystem(JsonObjectReader json) => new(
        json.String("id"),
        json.NullableString("declaredIn"),
        json.NullableString("name"),
        json.NullableString("purpose"),
        json.NullableString("owner"),
        json.String("risk"),
        json.NullableString("lifecycleStage"),
        json.Bool("servesPeopleDirectly"),
        json.NullableString("impactAssessment"),
        json.NullableObject("declaredAt", ReadLocation),
        json.Array("pieces", ReadLocation),
        json.Array("models", ReadModel),
        json.Array("dataSources", ReadDataSource),
        json.Array("humanOversight", o => new OversightEntry(o.String("mode"), o.NullableString("reviewer"), o.NullableObject("declaredAt", ReadLocation))),
        json.Array("disclosures", d => new DisclosureEntry(d.String("kind"), d.NullableString("text"), d.NullableString("mechanism"), d.NullableObject("declaredAt", ReadLocation))),
        json.Array("eventLogging", l => new EventLoggingEntry(l.NullableString("events"), l.NullableInt("retentionDays"), l.NullableObject("declaredAt", ReadLocation))),
        json.Array("evaluations", ReadEvaluation),
        json.Array("risks", ReadRisk),
        json.NullableArray("callSites", ReadCallSite),
        json.NullableArray("tools", ReadTool));

    private static ModelEntry ReadModel(JsonObjectReader json) => new(
        json.NullableString("provider"),
        json.NullableString("modelId"),
        json.NullableString("version"),
        json.NullableString("hosting"),
        json.NullableString("supplierAgreement"),
        json.NullableString("modelCardUri"),
        json.String("source"),
        json.NullableBool("pinned"),
        json.NullableString("sdk"),
        json.NullableObject("declaredAt", ReadLocation));

    private static DataSourceEntry ReadDataSource(JsonObjectReader json) => new(
        json.String("name"),
        json.NullableString("usage"),
        json.NullableBool("containsPersonalData"),
        json.NullableString("lawfulBasis"),
        json.NullableObject("declaredAt", ReadLocation));

    private static EvaluationEntry ReadEvaluation(JsonObjectReader json) => new(
        json.String("metric"),
        json.NullableDouble("threshold"),
        json.NullableString("dataset"),
        json.NullableString("testReference"),
        json.NullableString("date"),
        json.NullableObject("declaredAt", ReadLocation));

    private static RiskEntry ReadRisk(JsonObjectReader json) => new(
        json.String("id"),
        json.NullableString("description"),
        json.NullableString("treatment"),
        json.NullableString("residualRiskAcceptedBy"),
        json.StringArray("controls"),
        json.NullableString("reviewDate"),
        json.NullableObject("declaredAt", ReadLocation));

    private static CallSite ReadCallSite(JsonObjectReader json) => new(
        json.NullableString("assembly"),
        json.NullableString("path"),
        json.NullableInt("line"),
        json.String("callingMember"),
        json.String("calledMember"),
        json.NullableString("sdk"),
        json.NullableString("provider"),
        json.NullableString("kind"),
        json.String("category"),
        json.Bool("bound"));

    private static DependencyEntry ReadDependency(JsonObjectReader json) => new(
        json.NullableString("assembly"),
        json.String("name"),
        json.NullableString("version"),
        json.String("origin"),
        json.String("assemblyName"),
        json.Bool("isAiSdk"),
        json.Bool("viaAiSdk"),
        json.StringArray("supplierOf"),
        json.StringArray("declaredSystems"),
        json.Array("calls", ReadDependencyCall));

    /// <summary>A dependency's call, as the manifest and the build's cache of dependency scans both hold it.</summary>
    internal static DependencyCall ReadDependencyCall(JsonObjectReader call) => new(
        call.String("callingMember"), call.String("calledMember"), call.String("sdk"), call.NullableString("provider"),
        call.String("kind"), call.String("category"), call.Int("count"));

    private static ToolEntry ReadTool(JsonObjectReader json) => new(
        json.NullableString("assembly"),
        json.String("path"),
        json.Int("line"),
        json.String("handingMember"),
        json.NullableString("name"),
        OneOf<AiToolKind>(json, "kind"),
        json.String("sdk"),
        json.String("handedBy"),
        json.NullableString("implementation"),
        OneOf<AiToolEffect>(json, "effect"),
        json.NullableString("effectBasis"),
        json.Bool("approvalRequired"));

    /// <summary>A string that must name a member of the vocabulary: the summary counts by it.</summary>
    private static string OneOf<TEnum>(JsonObjectReader json, string name)
        where TEnum : struct, Enum
    {
        var value = json.String(name);
        return Enum.GetNames(typeof(TEnum)).Contains(value, StringComparer.Ordinal)
            ? value
            : throw json.Invalid($"has {name} '{value}', which is not one of {string.Join(", ", Enum.GetNames(typeof(TEnum)))}");
    }

    private static ApplicabilityEntry ReadApplicability(JsonObjectReader json) => new(
        json.String("controlId"),
        json.Bool("applicable"),
        json.NullableString("justification"),
        json.NullableString("evidence"),
        json.NullableObject("declaredAt", ReadLocation));

    private static ControlEntry ReadControl(JsonObjectReader json) => new(
        json.String("id"),
        json.String("group"),
        json.String("title"),
        json.String("status"),
        json.StringArray("evidence"),
        json.NullableString("justification"),
        json.NullableArray("systems", s => new SystemControlStatus(s.String("id"), s.String("status"), s.String("evidence"))));

    private static Finding ReadFinding(JsonObjectReader json) => new(
        json.NullableString("assembly"),
        json.String("id"),
        json.String("severity"),
        json.NullableString("path"),
        json.NullableInt("line"),
        json.String("message"),
        json.NullableObject("suppression", s => new Suppression(s.String("kind"), s.NullableString("justification"), s.NullableString("suppressionId"))));

    private static ManifestSummary ReadSummary(JsonObjectReader json) => new(
        json.Int("systems"),
        Counts(json.NullableCounts("byRisk")) ?? throw json.Invalid("must have byRisk"),
        Counts(json.NullableCounts("byControlStatus")),
        json.NullableObject("callSites", counts => new CallSiteCounts(counts.Int("model"), counts.Int("service"), counts.Int("undeclared"))),
        json.NullableObject("tools", counts => new ToolCounts(counts.Int("total"), counts.Int("acting"), counts.Int("actingWithoutApproval"), counts.Int("undeclared"))),
        json.NullableArray("openFindings", finding => new FindingCount(finding.String("id"), finding.String("severity"), finding.Int("count"))),
        Counts(json.NullableCounts("waivers")));

    private static IReadOnlyList<NamedCount>? Counts(IReadOnlyList<(string Name, int Count)>? counts) =>
        counts?.Select(count => new NamedCount(count.Name, count.Count)).ToList();

    private static SourceManifest ReadSource(JsonObjectReader json) =>
        new(json.String("name"), json.String("version"), json.NullableString("sourceRevision")) { Policy = json.NullableObject("policy", ReadPolicy) };

    private static PolicyEntry ReadPolicy(JsonObjectReader json) =>
        new(json.NullableString("name"), json.NullableString("version"), json.NullableString("sha256"), json.NullableString("problem"));

    private static SourceControls ReadSourceControls(JsonObjectReader json) =>
        new(json.String("assembly"), Unique(json.Array("controls", ReadControl), c => c.Id, json.PathOf("controls")));
}
