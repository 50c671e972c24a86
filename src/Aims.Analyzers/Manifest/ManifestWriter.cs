using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Generator;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// Writes the manifest JSON of docs/schema/aims-manifest.schema.json. The output depends only on its inputs, sorted
/// ordinally, with paths relative to the project: the same source gives the same bytes.
/// </summary>
internal static class ManifestWriter
{
    public const string SchemaVersion = "1.0";

    public static string Write(ManifestContext context, IEnumerable<AttributeUseModel> uses, IEnumerable<CallSiteModel> callSites, IEnumerable<ModelLiteralModel> modelLiterals)
    {
        var relativeUses = uses.Select(use => use with { Location = Relative(use.Location, context.ProjectDirectory) })
            .OrderBy(use => use.Location.Path, StringComparer.Ordinal).ThenBy(use => use.Location.Line).ThenBy(use => use.AttributeName, StringComparer.Ordinal);
        var relativeSites = callSites.Select(site => site with { Location = Relative(site.Location, context.ProjectDirectory) })
            .OrderBy(site => site.Location.Path, StringComparer.Ordinal).ThenBy(site => site.Location.Line).ThenBy(site => site.CalledMember, StringComparer.Ordinal);
        var facts = new ManifestFacts(relativeUses, relativeSites, modelLiterals);
        var controls = AnnexAControls.All.Select(control => (control, result: ControlEvaluator.Evaluate(control, facts))).ToList();

        var json = new JsonWriter();
        json.StartObject();
        json.String("schemaVersion", SchemaVersion);
        json.StartObject("generator");
        json.String("name", "Aims.Analyzers");
        json.String("version", context.GeneratorVersion);
        json.EndObject();
        json.StartObject("assembly");
        json.String("name", context.AssemblyName);
        json.String("version", context.AssemblyVersion);
        json.EndObject();
        json.String("sourceRevision", context.SourceRevision);
        json.String("analysisMode", context.AnalysisMode);
        WriteManagementSystem(json, facts.ManagementSystem);
        json.StartArray("systems");
        foreach (var system in facts.Systems.Values)
        {
            WriteSystem(json, system);
        }

        json.EndArray();
        json.StartArray("undeclaredUsages");
        foreach (var usage in facts.UndeclaredUsages)
        {
            WriteCallSite(json, usage);
        }

        json.EndArray();
        json.StartArray("statementOfApplicability");
        foreach (var entry in facts.Applicability.OrderBy(e => e.Argument("ControlId"), StringComparer.Ordinal))
        {
            json.StartObject();
            json.String("controlId", entry.Argument("ControlId"));
            json.Boolean("applicable", entry.Argument("Applicable") != "false");
            json.String("justification", entry.Argument("Justification"));
            json.String("evidence", entry.Argument("Evidence"));
            WriteLocation(json, "declaredAt", entry.Location, null);
            json.EndObject();
        }

        json.EndArray();
        json.StartArray("controls");
        foreach (var (control, result) in controls)
        {
            json.StartObject();
            json.String("id", control.Id);
            json.String("group", control.Group);
            json.String("title", control.Title);
            json.String("status", StatusName(result.Status));
            WriteStrings(json, "evidence", result.Evidence);
            json.String("justification", result.Justification);
            json.EndObject();
        }

        json.EndArray();
        WriteSummary(json, facts, controls.Select(c => c.result.Status));
        json.EndObject();
        return json.ToString();
    }

    private static void WriteManagementSystem(JsonWriter json, AttributeUseModel? declaration)
    {
        if (declaration is null)
        {
            json.Null("managementSystem");
            return;
        }

        json.StartObject("managementSystem");
        json.String("organization", declaration.Argument("Organization"));
        json.String("scope", declaration.Argument("Scope"));
        json.String("policyReference", declaration.Argument("PolicyReference"));
        json.String("policyUri", declaration.Argument("PolicyUri"));
        json.String("incidentContact", declaration.Argument("IncidentContact"));
        json.EndObject();
    }

    private static void WriteSystem(JsonWriter json, AiSystemEntry system)
    {
        var declaration = system.Declaration;
        json.StartObject();
        json.String("id", system.Id);
        json.String("name", declaration.Argument("Name"));
        json.String("purpose", declaration.Argument("Purpose"));
        json.String("owner", declaration.Argument("Owner"));
        json.String("risk", system.Risk);
        json.String("lifecycleStage", declaration.Argument("Lifecycle") ?? "Unspecified");
        json.Boolean("servesPeopleDirectly", system.ServesPeopleDirectly);
        json.String("impactAssessment", declaration.Argument("ImpactAssessment"));
        WriteLocation(json, "declaredAt", declaration.Location, declaration.SymbolDisplay);
        json.StartArray("pieces");
        foreach (var piece in system.Pieces)
        {
            json.StartObject();
            WriteLocationFields(json, piece.Location, piece.SymbolDisplay);
            json.EndObject();
        }

        json.EndArray();
        WriteModels(json, system);
        WriteFacts(json, "dataSources", system, AimsAttributeNames.DataSource, ("name", "Name"), ("usage", "Usage"), ("containsPersonalData", "ContainsPersonalData"), ("lawfulBasis", "LawfulBasis"));
        WriteFacts(json, "humanOversight", system, AimsAttributeNames.HumanOversight, ("mode", "Mode"), ("reviewer", "Reviewer"));
        WriteFacts(json, "disclosures", system, AimsAttributeNames.AiDisclosure, ("kind", "Kind"), ("text", "Text"), ("mechanism", "Mechanism"));
        WriteFacts(json, "eventLogging", system, AimsAttributeNames.AiEventLogging, ("events", "Events"), ("retentionDays", "RetentionDays"));
        WriteFacts(json, "evaluations", system, AimsAttributeNames.AiEvaluation, ("metric", "Metric"), ("threshold", "Threshold"), ("dataset", "Dataset"), ("testReference", "TestReference"), ("date", "Date"));
        WriteFacts(json, "risks", system, AimsAttributeNames.AiRisk, ("id", "Id"), ("description", "Description"), ("treatment", "Treatment"), ("residualRiskAcceptedBy", "ResidualRiskAcceptedBy"), ("controls", "Controls"), ("reviewDate", "ReviewDate"));
        json.StartArray("callSites");
        foreach (var site in system.CallSites)
        {
            WriteCallSite(json, site);
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteModels(JsonWriter json, AiSystemEntry system)
    {
        json.StartArray("models");
        foreach (var model in system.FactsOf(AimsAttributeNames.AiModel))
        {
            json.StartObject();
            json.String("provider", model.Argument("Provider"));
            json.String("modelId", model.Argument("ModelId"));
            json.String("version", model.Argument("Version"));
            json.String("hosting", model.Argument("Hosting") ?? "Api");
            json.String("supplierAgreement", model.Argument("SupplierAgreement"));
            json.String("modelCardUri", model.Argument("ModelCardUri"));
            json.String("source", "declared");
            json.String("sdk", null);
            WriteLocation(json, "declaredAt", model.Location, null);
            json.EndObject();
        }

        // Models named in the system's code that no declaration names: inferred from the SDK and the model literal.
        var declared = system.FactsOf(AimsAttributeNames.AiModel).ToList();
        var namedProviders = new HashSet<string>(declared.Select(m => m.Argument("Provider") ?? string.Empty), StringComparer.OrdinalIgnoreCase);
        foreach (var literal in system.ModelLiterals.OrderBy(l => l.Provider, StringComparer.Ordinal).ThenBy(l => l.ModelId, StringComparer.Ordinal))
        {
            namedProviders.Add(literal.Provider);
            if (declared.Any(m => string.Equals(m.Argument("Provider"), literal.Provider, StringComparison.OrdinalIgnoreCase) && m.Argument("ModelId") == literal.ModelId))
            {
                continue;
            }

            json.StartObject();
            json.String("provider", literal.Provider);
            json.String("modelId", literal.ModelId);
            json.String("version", null);
            json.String("hosting", null);
            json.String("supplierAgreement", null);
            json.String("modelCardUri", null);
            json.String("source", "inferred");
            json.String("sdk", null);
            json.Null("declaredAt");
            json.EndObject();
        }

        // Providers reached by calls that no model above names: inferred from the SDK alone.
        foreach (var inferred in system.CallSites.Select(site => (site.Provider, site.Sdk)).Distinct().OrderBy(p => p.Provider, StringComparer.Ordinal).ThenBy(p => p.Sdk, StringComparer.Ordinal))
        {
            if (namedProviders.Contains(inferred.Provider))
            {
                continue;
            }

            json.StartObject();
            json.String("provider", inferred.Provider);
            json.String("modelId", null);
            json.String("version", null);
            json.String("hosting", null);
            json.String("supplierAgreement", null);
            json.String("modelCardUri", null);
            json.String("source", "inferred");
            json.String("sdk", inferred.Sdk);
            json.Null("declaredAt");
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteFacts(JsonWriter json, string name, AiSystemEntry system, string attributeName, params (string Json, string Argument)[] fields)
    {
        json.StartArray(name);
        foreach (var fact in system.FactsOf(attributeName))
        {
            json.StartObject();
            foreach (var (field, argument) in fields)
            {
                WriteArgument(json, field, fact, argument);
            }

            WriteLocation(json, "declaredAt", fact.Location, null);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteArgument(JsonWriter json, string field, AttributeUseModel use, string argument)
    {
        var model = use.Arguments.FirstOrDefault(a => string.Equals(a.Name, argument, StringComparison.OrdinalIgnoreCase));
        switch (model?.Kind)
        {
            case AttributeValueKind.Array:
                WriteStrings(json, field, model.Values.AsImmutableArray());
                break;
            case AttributeValueKind.Boolean:
                json.Boolean(field, model.Value == "true");
                break;
            case AttributeValueKind.Number:
                json.Number(field, double.TryParse(model.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null);
                break;
            case null when argument is "ContainsPersonalData":
                json.Boolean(field, false);
                break;
            case null when argument is "Usage":
                json.String(field, "Inference");
                break;
            case null when argument is "Controls":
                WriteStrings(json, field, Array.Empty<string>());
                break;
            default:
                json.String(field, model?.Value);
                break;
        }
    }

    private static void WriteCallSite(JsonWriter json, CallSiteModel site)
    {
        json.StartObject();
        json.String("path", site.Location.Path);
        json.Number("line", site.Location.Line);
        json.String("callingMember", site.CallingMember);
        json.String("calledMember", site.CalledMember);
        json.String("sdk", site.Sdk);
        json.String("provider", site.Provider);
        json.String("kind", site.Kind);
        json.EndObject();
    }

    private static void WriteLocation(JsonWriter json, string name, SourceLocation location, string? symbol)
    {
        json.StartObject(name);
        WriteLocationFields(json, location, symbol);
        json.EndObject();
    }

    private static void WriteLocationFields(JsonWriter json, SourceLocation location, string? symbol)
    {
        json.String("path", location.Path);
        json.Number("line", location.Line);
        if (symbol is not null)
        {
            json.String("symbol", symbol);
        }
    }

    private static void WriteStrings(JsonWriter json, string name, IEnumerable<string> values)
    {
        json.StartArray(name);
        foreach (var value in values)
        {
            json.StringValue(value);
        }

        json.EndArray();
    }

    private static void WriteSummary(JsonWriter json, ManifestFacts facts, IEnumerable<ControlStatus> statuses)
    {
        var systems = facts.Systems.Values.ToList();
        json.StartObject("summary");
        json.Number("systems", systems.Count);
        json.StartObject("byRisk");
        foreach (var risk in new[] { "Unassessed", "Minimal", "Limited", "High", "Prohibited" })
        {
            json.Number(risk, systems.Count(s => s.Risk == risk));
        }

        json.EndObject();
        var statusList = statuses.ToList();
        json.StartObject("byControlStatus");
        foreach (var status in new[] { ControlStatus.Evidenced, ControlStatus.Gap, ControlStatus.Excluded, ControlStatus.NotApplicable })
        {
            json.Number(StatusName(status), statusList.Count(s => s == status));
        }

        json.EndObject();
        json.StartObject("openDiagnostics");
        json.Number("AIMS001", facts.UndeclaredUsages.Count);
        json.Number("AIMS002", systems.Count(s => s.Risk == "High" && !s.Has(AimsAttributeNames.HumanOversight)));
        json.Number("AIMS003", systems.Count(s => !s.Has(AimsAttributeNames.DataSource)));
        json.Number("AIMS004", systems.Count(s => !s.HasText("Owner") || !s.HasText("Purpose")));
        json.Number("AIMS005", systems.Count(s => s.Risk == "High" && !s.HasText("ImpactAssessment")));
        json.Number("AIMS008", systems.Count(s => s.Risk == "Prohibited"));
        json.Number("AIMS012", systems.Count(s => s.IsGenerative && s.ServesPeopleDirectly && !s.Has(AimsAttributeNames.AiDisclosure)));
        json.Number("AIMS013", systems.Count(s => s.Risk == "High" && !s.Has(AimsAttributeNames.AiEventLogging)));
        json.Number("AIMS018", systems.Count(s => s.Risk == "Unassessed"));
        json.EndObject();
        json.EndObject();
    }

    private static string StatusName(ControlStatus status) => status switch
    {
        ControlStatus.Evidenced => "evidenced",
        ControlStatus.Gap => "gap",
        ControlStatus.Excluded => "excluded",
        _ => "notApplicable",
    };

    /// <summary>A path relative to the project with '/', never absolute: outside the project only the file name is kept.</summary>
    private static SourceLocation Relative(SourceLocation location, string? projectDirectory)
    {
        var path = location.Path.Replace('\\', '/');
        var root = projectDirectory?.Replace('\\', '/');
        if (root is { Length: > 0 })
        {
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            if (path.StartsWith(root, StringComparison.Ordinal))
            {
                return location with { Path = path.Substring(root.Length) };
            }
        }

        var slash = path.LastIndexOf('/');
        return location with { Path = slash >= 0 ? path.Substring(slash + 1) : path };
    }
}
