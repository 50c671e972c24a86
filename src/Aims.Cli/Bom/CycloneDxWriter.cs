using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Output;
using Aims.Cli.Report;
using Aims.Cli.Inputs;

namespace Aims.Cli.Bom;

/// <summary>
/// Writes a CycloneDX 1.6 AI-BOM (JSON): the metadata, the components (<see cref="CycloneDxComponents"/>), a service for
/// each model API (<see cref="CycloneDxServices"/>), the dependencies between them (<see cref="CycloneDxDependencies"/>),
/// and the Annex A control evidence as <c>definitions</c> and <c>declarations</c> (<see cref="CycloneDxDeclarations"/>).
/// Only what the manifest declares is written.
/// </summary>
internal static class CycloneDxWriter
{
    public const string SpecVersion = "1.6";

    public static void Write(BomInventory bom, ReportView view, string? timestamp, Stream destination) => JsonOutput.Write(destination, json =>
    {
        json.WriteStartObject();
        json.WriteText("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.WriteText("bomFormat", "CycloneDX");
        json.WriteText("specVersion", SpecVersion);
        json.WriteText("serialNumber", "urn:uuid:" + bom.DocumentId);
        json.WriteNumber("version", 1);
        WriteMetadata(json, bom, view, timestamp);

        json.WriteStartArray("components");
        foreach (var source in bom.Manifest.Sources ?? [])
        {
            CycloneDxComponents.WriteSourceAssembly(json, source);
        }

        foreach (var system in bom.Systems)
        {
            CycloneDxComponents.WriteSystem(json, system);
            foreach (var model in system.Models)
            {
                CycloneDxComponents.WriteModel(json, system, model);
            }

            foreach (var data in system.Data)
            {
                CycloneDxComponents.WriteData(json, system, data);
            }
        }

        var declared = Report.DependencyRows.DeclaredSystems(bom.Manifest);
        foreach (var dependency in bom.Dependencies)
        {
            CycloneDxComponents.WriteDependency(json, dependency, declared);
        }

        json.WriteEndArray();

        json.WriteStartArray("services");
        foreach (var service in bom.Services)
        {
            CycloneDxServices.Write(json, service, bom.Systems.Where(system => system.ServiceRefs.Contains(service.Ref)).ToList());
        }

        json.WriteEndArray();
        CycloneDxDependencies.Write(json, bom);
        CycloneDxDeclarations.Write(json, bom, view);
        json.WriteEndObject();
    });

    private static void WriteMetadata(Utf8JsonWriter json, BomInventory bom, ReportView view, string? timestamp)
    {
        var manifest = bom.Manifest;
        json.WriteStartObject("metadata");
        if (timestamp is not null)
        {
            json.WriteText("timestamp", timestamp);
        }

        json.WriteStartArray("lifecycles");
        json.WriteStartObject();
        json.WriteText("phase", "build");
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("tools");
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteText("type", "application");
        json.WriteText("name", "aims");
        json.WriteText("version", ToolVersion.Version);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("component");
        json.WriteText("type", "application");
        json.WriteText("bom-ref", bom.RootRef);
        json.WriteText("name", manifest.Assembly.Name);
        json.WriteText("version", manifest.Assembly.Version);
        new PropertyList()
            .Add("sourceRevision", manifest.SourceRevision)
            .Add("analysisMode", manifest.AnalysisMode)
            .Add("manifestSchemaVersion", manifest.SchemaVersion)
            .Add("managementSystem.organization", manifest.ManagementSystem?.Organization)
            .Add("managementSystem.scope", manifest.ManagementSystem?.Scope)
            .Add("managementSystem.policy", manifest.ManagementSystem?.PolicyReference ?? manifest.ManagementSystem?.PolicyUri)
            .Add("managementSystem.incidentContact", manifest.ManagementSystem?.IncidentContact)
            .Add("undeclaredAiCalls", manifest.KnownUndeclaredUsages().Count.ToString(CultureInfo.InvariantCulture))
            .Add("undeclaredTools", manifest.UndeclaredTools?.Count.ToString(CultureInfo.InvariantCulture))
            .AddEach("undeclaredTool", (manifest.UndeclaredTools ?? []).Select(ToolText.Of))
            .AddAll(PolicyRows.Facts(manifest).Where(fact => fact.Value is not null).Select(fact => ("policy." + fact.Name, fact.Value!)))
            .AddAll(view.Controls.SelectMany(CycloneDxDeclarations.Facts))
            .WriteTo(json);
        CycloneDxOccurrences.Write(json, manifest.KnownUndeclaredUsages());
        json.WriteEndObject();
        json.WriteEndObject();
    }

}
