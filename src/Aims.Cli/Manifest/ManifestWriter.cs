using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Manifest;

/// <summary>
/// Writes a manifest in the layout of docs/manifest.md: every key in the documented order, nulls written out, and the
/// merge extensions (<c>sources</c>, <c>duplicateSystems</c>, <c>assembly</c> on locations) only where they are set.
/// </summary>
internal static class ManifestWriter
{
    public static void Write(Manifest manifest, Stream destination) =>
        JsonOutput.Write(destination, json => WriteManifest(json, manifest));

    private static void WriteManifest(Utf8JsonWriter json, Manifest manifest)
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", manifest.SchemaVersion);
        WriteNameAndVersion(json, "generator", manifest.Generator);
        WriteNameAndVersion(json, "assembly", manifest.Assembly);
        json.WriteString("sourceRevision", manifest.SourceRevision);
        json.WriteString("analysisMode", manifest.AnalysisMode);
        WriteManagementSystem(json, manifest.ManagementSystem);
        WriteArray(json, "systems", manifest.Systems, WriteSystem);
        WriteArray(json, "undeclaredUsages", manifest.UndeclaredUsages, WriteCallSite);
        WriteArray(json, "statementOfApplicability", manifest.StatementOfApplicability, WriteApplicability);
        WriteArray(json, "controls", manifest.Controls, WriteControl);
        WriteArray(json, "findings", manifest.Findings, WriteFinding);
        WriteSummary(json, manifest.Summary);
        if (manifest.Sources is { } sources)
        {
            WriteArray(json, "sources", sources, WriteSource);
        }

        if (manifest.DuplicateSystems is { } duplicates)
        {
            WriteArray(json, "duplicateSystems", duplicates, WriteDuplicate);
        }

        json.WriteEndObject();
    }

    /// <summary>One fact as compact JSON, the way merge tells equal facts apart.</summary>
    public static string CanonicalText<T>(T fact)
        where T : notnull
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteFact(json, fact);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteFact<T>(Utf8JsonWriter json, T fact)
        where T : notnull
    {
        switch (fact)
        {
            case SourceLocation location: WriteLocation(json, location); break;
            case ModelEntry model: WriteModel(json, model); break;
            case DataSourceEntry dataSource: WriteDataSource(json, dataSource); break;
            case OversightEntry oversight: WriteOversight(json, oversight); break;
            case DisclosureEntry disclosure: WriteDisclosure(json, disclosure); break;
            case EventLoggingEntry logging: WriteEventLogging(json, logging); break;
            case EvaluationEntry evaluation: WriteEvaluation(json, evaluation); break;
            case RiskEntry risk: WriteRisk(json, risk); break;
            case CallSite callSite: WriteCallSite(json, callSite); break;
            case ApplicabilityEntry entry: WriteApplicability(json, entry); break;
            case Finding finding: WriteFinding(json, finding); break;
            default: throw new System.ArgumentException("Not a manifest fact: " + typeof(T).Name, nameof(fact));
        }
    }

    private static void WriteNameAndVersion(Utf8JsonWriter json, string name, NameAndVersion value)
    {
        json.WriteStartObject(name);
        json.WriteString("name", value.Name);
        json.WriteString("version", value.Version);
        json.WriteEndObject();
    }

    private static void WriteManagementSystem(Utf8JsonWriter json, ManagementSystem? system)
    {
        if (system is null)
        {
            json.WriteNull("managementSystem");
            return;
        }

        json.WriteStartObject("managementSystem");
        json.WriteString("organization", system.Organization);
        json.WriteString("scope", system.Scope);
        json.WriteString("policyReference", system.PolicyReference);
        json.WriteString("policyUri", system.PolicyUri);
        json.WriteString("incidentContact", system.IncidentContact);
        WriteLocation(json, "declaredAt", system.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteSystem(Utf8JsonWriter json, AiSystem system)
    {
        json.WriteStartObject();
        json.WriteString("id", system.Id);
        json.WriteString("declaredIn", system.DeclaredIn);
        json.WriteString("name", system.Name);
        json.WriteString("purpose", system.Purpose);
        json.WriteString("owner", system.Owner);
        json.WriteString("risk", system.Risk);
        json.WriteString("lifecycleStage", system.LifecycleStage);
        json.WriteBoolean("servesPeopleDirectly", system.ServesPeopleDirectly);
        json.WriteString("impactAssessment", system.ImpactAssessment);
        WriteLocation(json, "declaredAt", system.DeclaredAt);
        WriteArray(json, "pieces", system.Pieces, WriteLocation);
        WriteArray(json, "models", system.Models, WriteModel);
        WriteArray(json, "dataSources", system.DataSources, WriteDataSource);
        WriteArray(json, "humanOversight", system.HumanOversight, WriteOversight);
        WriteArray(json, "disclosures", system.Disclosures, WriteDisclosure);
        WriteArray(json, "eventLogging", system.EventLogging, WriteEventLogging);
        WriteArray(json, "evaluations", system.Evaluations, WriteEvaluation);
        WriteArray(json, "risks", system.Risks, WriteRisk);
        WriteArray(json, "callSites", system.CallSites, WriteCallSite);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation? location)
    {
        json.WritePropertyName(name);
        if (location is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteLocation(json, location);
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject();
        WriteIfSet(json, "assembly", location.Assembly);
        WriteIfSet(json, "path", location.Path);
        if (location.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        WriteIfSet(json, "symbol", location.Symbol);
        json.WriteEndObject();
    }

    private static void WriteModel(Utf8JsonWriter json, ModelEntry model)
    {
        json.WriteStartObject();
        json.WriteString("provider", model.Provider);
        json.WriteString("modelId", model.ModelId);
        json.WriteString("version", model.Version);
        json.WriteString("hosting", model.Hosting);
        json.WriteString("supplierAgreement", model.SupplierAgreement);
        json.WriteString("modelCardUri", model.ModelCardUri);
        json.WriteString("source", model.Source);
        json.WriteString("sdk", model.Sdk);
        WriteLocation(json, "declaredAt", model.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteDataSource(Utf8JsonWriter json, DataSourceEntry dataSource)
    {
        json.WriteStartObject();
        json.WriteString("name", dataSource.Name);
        json.WriteString("usage", dataSource.Usage);
        WriteNullable(json, "containsPersonalData", dataSource.ContainsPersonalData);
        json.WriteString("lawfulBasis", dataSource.LawfulBasis);
        WriteLocation(json, "declaredAt", dataSource.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteOversight(Utf8JsonWriter json, OversightEntry oversight)
    {
        json.WriteStartObject();
        json.WriteString("mode", oversight.Mode);
        json.WriteString("reviewer", oversight.Reviewer);
        WriteLocation(json, "declaredAt", oversight.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteDisclosure(Utf8JsonWriter json, DisclosureEntry disclosure)
    {
        json.WriteStartObject();
        json.WriteString("kind", disclosure.Kind);
        json.WriteString("text", disclosure.Text);
        json.WriteString("mechanism", disclosure.Mechanism);
        WriteLocation(json, "declaredAt", disclosure.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteEventLogging(Utf8JsonWriter json, EventLoggingEntry logging)
    {
        json.WriteStartObject();
        json.WriteString("events", logging.Events);
        WriteNullable(json, "retentionDays", logging.RetentionDays);
        WriteLocation(json, "declaredAt", logging.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, EvaluationEntry evaluation)
    {
        json.WriteStartObject();
        json.WriteString("metric", evaluation.Metric);
        if (evaluation.Threshold is { } threshold)
        {
            json.WriteNumber("threshold", threshold);
        }
        else
        {
            json.WriteNull("threshold");
        }

        json.WriteString("dataset", evaluation.Dataset);
        json.WriteString("testReference", evaluation.TestReference);
        json.WriteString("date", evaluation.Date);
        WriteLocation(json, "declaredAt", evaluation.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteRisk(Utf8JsonWriter json, RiskEntry risk)
    {
        json.WriteStartObject();
        json.WriteString("id", risk.Id);
        json.WriteString("description", risk.Description);
        json.WriteString("treatment", risk.Treatment);
        json.WriteString("residualRiskAcceptedBy", risk.ResidualRiskAcceptedBy);
        WriteStrings(json, "controls", risk.Controls);
        json.WriteString("reviewDate", risk.ReviewDate);
        WriteLocation(json, "declaredAt", risk.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteCallSite(Utf8JsonWriter json, CallSite callSite)
    {
        json.WriteStartObject();
        WriteIfSet(json, "assembly", callSite.Assembly);
        json.WriteString("path", callSite.Path);
        json.WriteNumber("line", callSite.Line);
        json.WriteString("callingMember", callSite.CallingMember);
        json.WriteString("calledMember", callSite.CalledMember);
        json.WriteString("sdk", callSite.Sdk);
        json.WriteString("provider", callSite.Provider);
        json.WriteString("kind", callSite.Kind);
        json.WriteString("category", callSite.Category);
        json.WriteBoolean("bound", callSite.Bound);
        json.WriteEndObject();
    }

    private static void WriteApplicability(Utf8JsonWriter json, ApplicabilityEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("controlId", entry.ControlId);
        json.WriteBoolean("applicable", entry.Applicable);
        json.WriteString("justification", entry.Justification);
        json.WriteString("evidence", entry.Evidence);
        WriteLocation(json, "declaredAt", entry.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteControl(Utf8JsonWriter json, ControlEntry control)
    {
        json.WriteStartObject();
        json.WriteString("id", control.Id);
        json.WriteString("group", control.Group);
        json.WriteString("title", control.Title);
        json.WriteString("status", control.Status);
        WriteStrings(json, "evidence", control.Evidence);
        json.WriteString("justification", control.Justification);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        WriteIfSet(json, "assembly", finding.Assembly);
        json.WriteString("id", finding.Id);
        json.WriteString("severity", finding.Severity);
        json.WriteString("path", finding.Path);
        WriteNullable(json, "line", finding.Line);
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, ManifestSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("systems", summary.Systems);
        WriteCounts(json, "byRisk", summary.ByRisk);
        WriteCounts(json, "byControlStatus", summary.ByControlStatus);
        json.WriteStartObject("callSites");
        json.WriteNumber("model", summary.CallSites.Model);
        json.WriteNumber("service", summary.CallSites.Service);
        json.WriteNumber("undeclared", summary.CallSites.Undeclared);
        json.WriteEndObject();
        WriteArray(json, "openFindings", summary.OpenFindings, static (json, finding) =>
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", finding.Severity);
            json.WriteNumber("count", finding.Count);
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, SourceManifest source)
    {
        json.WriteStartObject();
        json.WriteString("name", source.Name);
        json.WriteString("version", source.Version);
        json.WriteString("sourceRevision", source.SourceRevision);
        json.WriteEndObject();
    }

    private static void WriteDuplicate(Utf8JsonWriter json, DuplicateSystem duplicate)
    {
        json.WriteStartObject();
        json.WriteString("id", duplicate.Id);
        WriteStrings(json, "declaredIn", duplicate.DeclaredIn);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<NamedCount> counts)
    {
        json.WriteStartObject(name);
        foreach (var count in counts)
        {
            json.WriteNumber(count.Name, count.Count);
        }

        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, System.Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } set)
        {
            json.WriteBoolean(name, set);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } set)
        {
            json.WriteNumber(name, set);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
