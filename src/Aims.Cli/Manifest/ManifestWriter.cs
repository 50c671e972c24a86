using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Manifest;

/// <summary>
/// Writes a manifest in the layout of docs/manifest.md: every key in the documented order, nulls written out, and the
/// merge extensions (<c>sources</c>, <c>duplicateSystems</c>, <c>controlsBySource</c>, <c>assembly</c> on locations)
/// only where they are set. The facts inside are written by <see cref="FactWriter"/>.
/// </summary>
internal static class ManifestWriter
{
    public static void Write(Manifest manifest, Stream destination) =>
        JsonOutput.Write(destination, json => WriteManifest(json, manifest));

    /// <summary>The manifest's bytes, exactly as <see cref="Write"/> writes them.</summary>
    public static byte[] ToBytes(Manifest manifest) => JsonOutput.ToBytes(json => WriteManifest(json, manifest));

    private static void WriteManifest(Utf8JsonWriter json, Manifest manifest)
    {
        json.WriteStartObject();
        json.WriteText("schemaVersion", manifest.SchemaVersion);
        WriteNameAndVersion(json, "generator", manifest.Generator);
        WriteNameAndVersion(json, "assembly", manifest.Assembly);
        json.WriteText("sourceRevision", manifest.SourceRevision);
        json.WriteText("analysisMode", manifest.AnalysisMode);
        WriteManagementSystem(json, manifest.ManagementSystem);
        json.WriteArray("systems", manifest.Systems, WriteSystem);
        json.WriteArray("undeclaredUsages", manifest.UndeclaredUsages, FactWriter.WriteCallSite);
        json.WriteArray("statementOfApplicability", manifest.StatementOfApplicability, FactWriter.WriteApplicability);
        json.WriteArray("controls", manifest.Controls, FactWriter.WriteControl);
        json.WriteArray("findings", manifest.Findings, FactWriter.WriteFinding);
        WriteSummary(json, manifest.Summary);
        if (manifest.Sources is { } sources)
        {
            json.WriteArray("sources", sources, WriteSource);
        }

        if (manifest.DuplicateSystems is { } duplicates)
        {
            json.WriteArray("duplicateSystems", duplicates, WriteDuplicate);
        }

        if (manifest.ControlsBySource is { } controlsBySource)
        {
            json.WriteArray("controlsBySource", controlsBySource, WriteSourceControls);
        }

        json.WriteEndObject();
    }

    private static void WriteNameAndVersion(Utf8JsonWriter json, string name, NameAndVersion value)
    {
        json.WriteStartObject(name);
        json.WriteText("name", value.Name);
        json.WriteText("version", value.Version);
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
        json.WriteText("organization", system.Organization);
        json.WriteText("scope", system.Scope);
        json.WriteText("policyReference", system.PolicyReference);
        json.WriteText("policyUri", system.PolicyUri);
        json.WriteText("incidentContact", system.IncidentContact);
        FactWriter.WriteLocation(json, "declaredAt", system.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteSystem(Utf8JsonWriter json, AiSystem system)
    {
        json.WriteStartObject();
        json.WriteText("id", system.Id);
        json.WriteText("declaredIn", system.DeclaredIn);
        json.WriteText("name", system.Name);
        json.WriteText("purpose", system.Purpose);
        json.WriteText("owner", system.Owner);
        json.WriteText("risk", system.Risk);
        json.WriteText("lifecycleStage", system.LifecycleStage);
        json.WriteBoolean("servesPeopleDirectly", system.ServesPeopleDirectly);
        json.WriteText("impactAssessment", system.ImpactAssessment);
        FactWriter.WriteLocation(json, "declaredAt", system.DeclaredAt);
        json.WriteArray("pieces", system.Pieces, FactWriter.WriteLocation);
        json.WriteArray("models", system.Models, FactWriter.WriteModel);
        json.WriteArray("dataSources", system.DataSources, FactWriter.WriteDataSource);
        json.WriteArray("humanOversight", system.HumanOversight, FactWriter.WriteOversight);
        json.WriteArray("disclosures", system.Disclosures, FactWriter.WriteDisclosure);
        json.WriteArray("eventLogging", system.EventLogging, FactWriter.WriteEventLogging);
        json.WriteArray("evaluations", system.Evaluations, FactWriter.WriteEvaluation);
        json.WriteArray("risks", system.Risks, FactWriter.WriteRisk);
        json.WriteArray("callSites", system.CallSites, FactWriter.WriteCallSite);
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
        json.WriteArray("openFindings", summary.OpenFindings, static (json, finding) =>
        {
            json.WriteStartObject();
            json.WriteText("id", finding.Id);
            json.WriteText("severity", finding.Severity);
            json.WriteNumber("count", finding.Count);
            json.WriteEndObject();
        });
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

    private static void WriteSource(Utf8JsonWriter json, SourceManifest source)
    {
        json.WriteStartObject();
        json.WriteText("name", source.Name);
        json.WriteText("version", source.Version);
        json.WriteText("sourceRevision", source.SourceRevision);
        json.WriteEndObject();
    }

    private static void WriteDuplicate(Utf8JsonWriter json, DuplicateSystem duplicate)
    {
        json.WriteStartObject();
        json.WriteText("id", duplicate.Id);
        json.WriteTexts("declaredIn", duplicate.DeclaredIn);
        json.WriteEndObject();
    }

    private static void WriteSourceControls(Utf8JsonWriter json, SourceControls source)
    {
        json.WriteStartObject();
        json.WriteText("assembly", source.Assembly);
        json.WriteArray("controls", source.Controls, FactWriter.WriteControl);
        json.WriteEndObject();
    }
}
