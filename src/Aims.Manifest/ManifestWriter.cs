using System;
using System.Collections.Generic;
using Aims.Manifest.Json;
using Aims.Manifest.Model;

namespace Aims.Manifest;

/// <summary>
/// The one writer of the manifest: every key in the documented order with nulls written out, and the merge
/// extensions (<c>sources</c>, <c>duplicateSystems</c>, <c>controlsBySource</c>, <c>assembly</c> on locations, call sites,
/// tools and findings) only where they are set. The output depends only on the model: the same model gives the same bytes.
/// </summary>
internal static class ManifestWriter
{
    public static string Write(ManifestDocument manifest)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.String("schemaVersion", manifest.SchemaVersion);
        WriteNameAndVersion(json, "generator", manifest.Generator);
        WriteNameAndVersion(json, "assembly", manifest.Assembly);
        json.String("sourceRevision", manifest.SourceRevision);
        json.String("analysisMode", manifest.AnalysisMode);
        json.StartObject("evidence");
        json.String("source", manifest.Evidence.Source);
        json.String("errorLog", manifest.Evidence.ErrorLog);
        json.String("missing", manifest.Evidence.Missing);
        if (manifest.Evidence.DisabledRules is { } disabled)
        {
            Strings(json, "disabledRules", disabled);
        }
        else
        {
            json.Null("disabledRules");
        }

        json.EndObject();
        WriteManagementSystem(json, manifest.ManagementSystem);
        Array(json, "systems", manifest.Systems, WriteSystem);
        Array(json, "undeclaredUsages", manifest.UndeclaredUsages, WriteCallSite);
        Array(json, "undeclaredTools", manifest.UndeclaredTools, WriteTool);
        Array(json, "dependencies", manifest.Dependencies, WriteDependency);
        WritePolicy(json, manifest.Policy);

        Array(json, "statementOfApplicability", manifest.StatementOfApplicability, WriteApplicability);
        Array(json, "controls", manifest.Controls, WriteControl);
        Array(json, "findings", manifest.Findings, WriteFinding);
        WriteSummary(json, manifest.Summary);
        if (manifest.Sources is { } sources)
        {
            Array(json, "sources", sources, WriteSource);
        }

        if (manifest.DuplicateSystems is { } duplicates)
        {
            Array(json, "duplicateSystems", duplicates, (writer, duplicate) =>
            {
                writer.StartObject();
                writer.String("id", duplicate.Id);
                Strings(writer, "declaredIn", duplicate.DeclaredIn);
                writer.EndObject();
            });
        }

        if (manifest.ControlsBySource is { } bySource)
        {
            Array(json, "controlsBySource", bySource, (writer, source) =>
            {
                writer.StartObject();
                writer.String("assembly", source.Assembly);
                Array(writer, "controls", source.Controls, WriteControl);
                writer.EndObject();
            });
        }

        json.EndObject();
        return json.ToString();
    }

    /// <summary>One fact as compact, canonical text: two facts are the same fact when their texts are equal.</summary>
    public static string CanonicalText<T>(T fact)
        where T : notnull
    {
        var json = new JsonWriter();
        WriteFact(json, fact);
        return json.ToString();
    }

    private static void WriteFact<T>(JsonWriter json, T fact)
        where T : notnull
    {
        switch (fact)
        {
            case SourceLocation location: WriteLocation(json, null, location); break;
            case ModelEntry model: WriteModel(json, model); break;
            case DataSourceEntry source: WriteDataSource(json, source); break;
            case OversightEntry oversight: WriteOversight(json, oversight); break;
            case DisclosureEntry disclosure: WriteDisclosure(json, disclosure); break;
            case EventLoggingEntry logging: WriteEventLogging(json, logging); break;
            case EvaluationEntry evaluation: WriteEvaluation(json, evaluation); break;
            case RiskEntry risk: WriteRisk(json, risk); break;
            case CallSite site: WriteCallSite(json, site); break;
            case ToolEntry tool: WriteTool(json, tool); break;
            case DependencyEntry dependency: WriteDependency(json, dependency); break;
            case ApplicabilityEntry entry: WriteApplicability(json, entry); break;
            case ControlEntry control: WriteControl(json, control); break;
            case Finding finding: WriteFinding(json, finding); break;
            default: throw new ArgumentException($"{typeof(T).Name} is no fact of a manifest", nameof(fact));
        }
    }

    private static void WriteNameAndVersion(JsonWriter json, string name, NameAndVersion value)
    {
        json.StartObject(name);
        json.String("name", value.Name);
        json.String("version", value.Version);
        json.EndObject();
    }

    private static void WriteManagementSystem(JsonWriter json, ManagementSystem? system)
    {
        if (system is null)
        {
            json.Null("managementSystem");
            return;
        }

        json.StartObject("managementSystem");
        json.String("organization", system.Organization);
        json.String("scope", system.Scope);
        json.String("policyReference", system.PolicyReference);
        json.String("policyUri", system.PolicyUri);
        json.String("incidentContact", system.IncidentContact);
        WriteLocation(json, "declaredAt", system.DeclaredAt);
        json.EndObject();
    }

    private static void WriteSystem(JsonWriter json, AiSystem system)
    {
        json.StartObject();
        json.String("id", system.Id);
        json.String("declaredIn", system.DeclaredIn);
        json.String("name", system.Name);
        json.String("purpose", system.Purpose);
        json.String("owner", system.Owner);
        json.String("risk", system.Risk);
        json.String("lifecycleStage", system.LifecycleStage);
        json.Boolean("servesPeopleDirectly", system.ServesPeopleDirectly);
        json.String("impactAssessment", system.ImpactAssessment);
        WriteLocation(json, "declaredAt", system.DeclaredAt);
        Array(json, "pieces", system.Pieces, (writer, piece) => WriteLocation(writer, null, piece));
        Array(json, "models", system.Models, WriteModel);
        Array(json, "dataSources", system.DataSources, WriteDataSource);
        Array(json, "humanOversight", system.HumanOversight, WriteOversight);
        Array(json, "disclosures", system.Disclosures, WriteDisclosure);
        Array(json, "eventLogging", system.EventLogging, WriteEventLogging);
        Array(json, "evaluations", system.Evaluations, WriteEvaluation);
        Array(json, "risks", system.Risks, WriteRisk);
        Array(json, "callSites", system.CallSites, WriteCallSite);
        Array(json, "tools", system.Tools, WriteTool);
        json.EndObject();
    }

    private static void WriteModel(JsonWriter json, ModelEntry model)
    {
        json.StartObject();
        json.String("provider", model.Provider);
        json.String("modelId", model.ModelId);
        json.String("version", model.Version);
        json.String("hosting", model.Hosting);
        json.String("supplierAgreement", model.SupplierAgreement);
        json.String("modelCardUri", model.ModelCardUri);
        json.String("source", model.Source);
        json.Boolean("pinned", model.Pinned);
        json.String("sdk", model.Sdk);
        WriteLocation(json, "declaredAt", model.DeclaredAt);
        json.EndObject();
    }

    private static void WriteDataSource(JsonWriter json, DataSourceEntry source)
    {
        json.StartObject();
        json.String("name", source.Name);
        json.String("usage", source.Usage);
        json.Boolean("containsPersonalData", source.ContainsPersonalData);
        json.String("lawfulBasis", source.LawfulBasis);
        WriteLocation(json, "declaredAt", source.DeclaredAt);
        json.EndObject();
    }

    private static void WriteOversight(JsonWriter json, OversightEntry oversight)
    {
        json.StartObject();
        json.String("mode", oversight.Mode);
        json.String("reviewer", oversight.Reviewer);
        WriteLocation(json, "declaredAt", oversight.DeclaredAt);
        json.EndObject();
    }

    private static void WriteDisclosure(JsonWriter json, DisclosureEntry disclosure)
    {
        json.StartObject();
        json.String("kind", disclosure.Kind);
        json.String("text", disclosure.Text);
        json.String("mechanism", disclosure.Mechanism);
        WriteLocation(json, "declaredAt", disclosure.DeclaredAt);
        json.EndObject();
    }

    private static void WriteEventLogging(JsonWriter json, EventLoggingEntry logging)
    {
        json.StartObject();
        json.String("events", logging.Events);
        json.Number("retentionDays", logging.RetentionDays);
        WriteLocation(json, "declaredAt", logging.DeclaredAt);
        json.EndObject();
    }

    private static void WriteEvaluation(JsonWriter json, EvaluationEntry evaluation)
    {
        json.StartObject();
        json.String("metric", evaluation.Metric);
        json.Number("threshold", evaluation.Threshold);
        json.String("dataset", evaluation.Dataset);
        json.String("testReference", evaluation.TestReference);
        json.String("date", evaluation.Date);
        WriteLocation(json, "declaredAt", evaluation.DeclaredAt);
        json.EndObject();
    }

    private static void WriteRisk(JsonWriter json, RiskEntry risk)
    {
        json.StartObject();
        json.String("id", risk.Id);
        json.String("description", risk.Description);
        json.String("treatment", risk.Treatment);
        json.String("residualRiskAcceptedBy", risk.ResidualRiskAcceptedBy);
        Strings(json, "controls", risk.Controls);
        json.String("reviewDate", risk.ReviewDate);
        WriteLocation(json, "declaredAt", risk.DeclaredAt);
        json.EndObject();
    }

    private static void WriteCallSite(JsonWriter json, CallSite site)
    {
        json.StartObject();
        if (site.Assembly is { } assembly)
        {
            json.String("assembly", assembly);
        }

        json.String("path", site.Path);
        json.Number("line", site.Line);
        json.String("callingMember", site.CallingMember);
        json.String("calledMember", site.CalledMember);
        json.String("sdk", site.Sdk);
        json.String("provider", site.Provider);
        json.String("kind", site.Kind);
        json.String("category", site.Category);
        json.Boolean("bound", site.Bound);
        json.EndObject();
    }

    private static void WriteDependency(JsonWriter json, DependencyEntry dependency)
    {
        json.StartObject();
        if (dependency.Assembly is { } assembly)
        {
            json.String("assembly", assembly);
        }

        json.String("name", dependency.Name);
        json.String("version", dependency.Version);
        json.String("origin", dependency.Origin);
        json.String("assemblyName", dependency.AssemblyName);
        json.Boolean("isAiSdk", dependency.IsAiSdk);
        json.Boolean("viaAiSdk", dependency.ViaAiSdk);
        Strings(json, "supplierOf", dependency.SupplierOf);
        Strings(json, "declaredSystems", dependency.DeclaredSystems);
        Array(json, "calls", dependency.Calls, WriteDependencyCall);
        json.EndObject();
    }

    /// <summary>A dependency's call, as the manifest and the build's cache of dependency scans both write it.</summary>
    internal static void WriteDependencyCall(JsonWriter json, DependencyCall call)
    {
        json.StartObject();
        json.String("callingMember", call.CallingMember);
        json.String("calledMember", call.CalledMember);
        json.String("sdk", call.Sdk);
        json.String("provider", call.Provider);
        json.String("kind", call.Kind);
        json.String("category", call.Category);
        json.Number("count", call.Count);
        json.EndObject();
    }

    private static void WriteTool(JsonWriter json, ToolEntry tool)
    {
        json.StartObject();
        if (tool.Assembly is { } assembly)
        {
            json.String("assembly", assembly);
        }

        json.String("path", tool.Path);
        json.Number("line", tool.Line);
        json.String("handingMember", tool.HandingMember);
        json.String("name", tool.Name);
        json.String("kind", tool.Kind);
        json.String("sdk", tool.Sdk);
        json.String("handedBy", tool.HandedBy);
        json.String("implementation", tool.Implementation);
        json.String("effect", tool.Effect);
        json.String("effectBasis", tool.EffectBasis);
        json.Boolean("approvalRequired", tool.ApprovalRequired);
        json.EndObject();
    }

    private static void WriteApplicability(JsonWriter json, ApplicabilityEntry entry)
    {
        json.StartObject();
        json.String("controlId", entry.ControlId);
        json.Boolean("applicable", entry.Applicable);
        json.String("justification", entry.Justification);
        json.String("evidence", entry.Evidence);
        WriteLocation(json, "declaredAt", entry.DeclaredAt);
        json.EndObject();
    }

    private static void WriteControl(JsonWriter json, ControlEntry control)
    {
        json.StartObject();
        json.String("id", control.Id);
        json.String("group", control.Group);
        json.String("title", control.Title);
        json.String("status", control.Status);
        Strings(json, "evidence", control.Evidence);
        json.String("justification", control.Justification);
        Array(json, "systems", control.Systems, (writer, system) =>
        {
            writer.StartObject();
            writer.String("id", system.Id);
            writer.String("status", system.Status);
            writer.String("evidence", system.Evidence);
            writer.EndObject();
        });
        json.EndObject();
    }

    private static void WriteFinding(JsonWriter json, Finding finding)
    {
        json.StartObject();
        if (finding.Assembly is { } assembly)
        {
            json.String("assembly", assembly);
        }

        json.String("id", finding.Id);
        json.String("severity", finding.Severity);
        json.String("path", finding.Path);
        json.Number("line", finding.Line);
        json.String("message", finding.Message);
        if (finding.Suppression is { } suppression)
        {
            json.StartObject("suppression");
            json.String("kind", suppression.Kind);
            json.String("justification", suppression.Justification);
            json.String("suppressionId", suppression.SuppressionId);
            json.EndObject();
        }
        else
        {
            json.Null("suppression");
        }

        json.EndObject();
    }

    private static void WriteSummary(JsonWriter json, ManifestSummary summary)
    {
        json.StartObject("summary");
        json.Number("systems", summary.Systems);
        Counts(json, "byRisk", summary.ByRisk);
        Counts(json, "byControlStatus", summary.ByControlStatus);
        if (summary.CallSites is { } sites)
        {
            json.StartObject("callSites");
            json.Number("model", sites.Model);
            json.Number("service", sites.Service);
            json.Number("undeclared", sites.Undeclared);
            json.EndObject();
        }
        else
        {
            json.Null("callSites");
        }

        if (summary.Tools is { } tools)
        {
            json.StartObject("tools");
            json.Number("total", tools.Total);
            json.Number("acting", tools.Acting);
            json.Number("actingWithoutApproval", tools.ActingWithoutApproval);
            json.Number("undeclared", tools.Undeclared);
            json.EndObject();
        }
        else
        {
            json.Null("tools");
        }

        Array(json, "openFindings", summary.OpenFindings, (writer, count) =>
        {
            writer.StartObject();
            writer.String("id", count.Id);
            writer.String("severity", count.Severity);
            writer.Number("count", count.Count);
            writer.EndObject();
        });
        Counts(json, "waivers", summary.Waivers);
        json.EndObject();
    }

    private static void WriteSource(JsonWriter json, SourceManifest source)
    {
        json.StartObject();
        json.String("name", source.Name);
        json.String("version", source.Version);
        json.String("sourceRevision", source.SourceRevision);
        WritePolicy(json, source.Policy);
        json.EndObject();
    }

    private static void WritePolicy(JsonWriter json, PolicyEntry? policy)
    {
        if (policy is null)
        {
            json.Null("policy");
            return;
        }

        json.StartObject("policy");
        json.String("name", policy.Name);
        json.String("version", policy.Version);
        json.String("sha256", policy.Sha256);
        json.String("problem", policy.Problem);
        json.EndObject();
    }

    /// <summary>A location, or null; its fields only where set (a project's own locations have a path and a line, a reference's an assembly).</summary>
    private static void WriteLocation(JsonWriter json, string? name, SourceLocation? location)
    {
        if (location is null)
        {
            json.Null(name!);
            return;
        }

        json.StartObject(name);
        if (location.Assembly is { } assembly)
        {
            json.String("assembly", assembly);
        }

        if (location.Path is { } path)
        {
            json.String("path", path);
        }

        if (location.Line is { } line)
        {
            json.Number("line", line);
        }

        if (location.Symbol is { } symbol)
        {
            json.String("symbol", symbol);
        }

        json.EndObject();
    }

    private static void Counts(JsonWriter json, string name, IReadOnlyList<NamedCount>? counts)
    {
        if (counts is null)
        {
            json.Null(name);
            return;
        }

        json.StartObject(name);
        foreach (var count in counts)
        {
            json.Number(count.Name, count.Count);
        }

        json.EndObject();
    }

    private static void Strings(JsonWriter json, string name, IEnumerable<string> values)
    {
        json.StartArray(name);
        foreach (var value in values)
        {
            json.StringValue(value);
        }

        json.EndArray();
    }

    /// <summary>An array of items, or null when the list is unknown.</summary>
    private static void Array<T>(JsonWriter json, string name, IReadOnlyList<T>? items, Action<JsonWriter, T> write)
    {
        if (items is null)
        {
            json.Null(name);
            return;
        }

        json.StartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.EndArray();
    }
}
