using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Aims.Cli.Manifest;

/// <summary>
/// Maps the JSON of a schemaVersion 2.x manifest (docs/manifest.md) onto the model, member by member, and refuses what
/// every command would trip over later: two systems or two controls with one id.
/// </summary>
internal static class ManifestParser
{
    public static Manifest Parse(JsonElement root)
    {
        var json = new JsonObjectReader(root, "");
        return new Manifest(
            json.String("schemaVersion"),
            json.Object("generator", ReadNameAndVersion),
            json.Object("assembly", ReadNameAndVersion),
            json.NullableString("sourceRevision"),
            json.String("analysisMode"),
            json.NullableObject("managementSystem", ReadManagementSystem),
            Unique(json.RequiredArray("systems", ReadSystem), s => s.Id, "systems"),
            json.RequiredArray("undeclaredUsages", ReadCallSite),
            json.RequiredArray("statementOfApplicability", ReadApplicability),
            Unique(json.RequiredArray("controls", ReadControl), c => c.Id, "controls"),
            json.RequiredArray("findings", ReadFinding),
            json.Object("summary", ReadSummary))
        {
            Sources = json.Array("sources", ReadSource, optional: true),
            DuplicateSystems = json.Array("duplicateSystems", ReadDuplicate, optional: true),
            ControlsBySource = json.Array("controlsBySource", ReadSourceControls, optional: true),
        };
    }

    /// <summary>The items, when no two share an id.</summary>
    private static IReadOnlyList<T> Unique<T>(IReadOnlyList<T> items, Func<T, string> id, string path)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (!first.TryAdd(id(items[i]), i))
            {
                throw new ManifestFormatException($"{path}[{i}].id '{id(items[i])}' repeats {path}[{first[id(items[i])]}].id");
            }
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
        var location = new SourceLocation(
            json.NullableString("assembly"), json.NullableString("path"), json.NullableInt("line"), json.NullableString("symbol"));
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
        json.RequiredArray("pieces", ReadLocation),
        json.RequiredArray("models", ReadModel),
        json.RequiredArray("dataSources", ReadDataSource),
        json.RequiredArray("humanOversight", ReadOversight),
        json.RequiredArray("disclosures", ReadDisclosure),
        json.RequiredArray("eventLogging", ReadEventLogging),
        json.RequiredArray("evaluations", ReadEvaluation),
        json.RequiredArray("risks", ReadRisk),
        json.RequiredArray("callSites", ReadCallSite));

    private static ModelEntry ReadModel(JsonObjectReader json) => new(
        json.NullableString("provider"),
        json.NullableString("modelId"),
        json.NullableString("version"),
        json.NullableString("hosting"),
        json.NullableString("supplierAgreement"),
        json.NullableString("modelCardUri"),
        json.String("source"),
        json.NullableString("sdk"),
        json.NullableObject("declaredAt", ReadLocation));

    private static DataSourceEntry ReadDataSource(JsonObjectReader json) => new(
        json.String("name"),
        json.NullableString("usage"),
        json.NullableBool("containsPersonalData"),
        json.NullableString("lawfulBasis"),
        json.NullableObject("declaredAt", ReadLocation));

    private static OversightEntry ReadOversight(JsonObjectReader json) =>
        new(json.String("mode"), json.NullableString("reviewer"), json.NullableObject("declaredAt", ReadLocation));

    private static DisclosureEntry ReadDisclosure(JsonObjectReader json) => new(
        json.String("kind"), json.NullableString("text"), json.NullableString("mechanism"), json.NullableObject("declaredAt", ReadLocation));

    private static EventLoggingEntry ReadEventLogging(JsonObjectReader json) =>
        new(json.NullableString("events"), json.NullableInt("retentionDays"), json.NullableObject("declaredAt", ReadLocation));

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
        json.String("path"),
        json.Int("line"),
        json.String("callingMember"),
        json.String("calledMember"),
        json.NullableString("sdk"),
        json.NullableString("provider"),
        json.NullableString("kind"),
        json.String("category"),
        json.Bool("bound"));

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
        json.NullableString("justification"));

    private static Finding ReadFinding(JsonObjectReader json) => new(
        json.NullableString("assembly"),
        json.String("id"),
        json.String("severity"),
        json.NullableString("path"),
        json.NullableInt("line"),
        json.String("message"));

    private static ManifestSummary ReadSummary(JsonObjectReader json) => new(
        json.Int("systems"),
        json.Counts("byRisk"),
        json.Counts("byControlStatus"),
        json.Object("callSites", counts => new CallSiteCounts(counts.Int("model"), counts.Int("service"), counts.Int("undeclared"))),
        json.RequiredArray("openFindings", finding => new FindingCount(finding.String("id"), finding.String("severity"), finding.Int("count"))));

    private static SourceManifest ReadSource(JsonObjectReader json) =>
        new(json.String("name"), json.String("version"), json.NullableString("sourceRevision"));

    private static DuplicateSystem ReadDuplicate(JsonObjectReader json) =>
        new(json.String("id"), json.StringArray("declaredIn"));

    private static SourceControls ReadSourceControls(JsonObjectReader json) =>
        new(json.String("assembly"), Unique(json.RequiredArray("controls", ReadControl), c => c.Id, json.PathOf("controls")));
}
