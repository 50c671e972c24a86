using System.IO;
using System.Text.Json;
using Aims.Cli.Output;
using Aims.Manifest.Model;

namespace Aims.Cli.Diff;

/// <summary>The diff as JSON for other tools: the two inventories, every change, and the verdict.</summary>
internal static class DiffJsonWriter
{
    public static void Write(DiffResult result, Stream destination) => JsonOutput.Write(destination, json =>
    {
        json.WriteStartObject();
        WriteInventory(json, "old", result.Old);
        WriteInventory(json, "new", result.New);
        json.WriteStartArray("changes");
        foreach (var change in result.Changes)
        {
            json.WriteStartObject();
            json.WriteText("kind", change.Kind.Name);
            json.WriteBoolean("regression", change.Kind.IsRegression);
            json.WriteText("subject", change.Subject);
            json.WriteText("detail", change.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("regressions", result.RegressionCount);
        json.WriteStartArray("failOn");
        foreach (var name in result.Policy.Names)
        {
            json.WriteTextValue(name);
        }

        json.WriteEndArray();
        json.WriteBoolean("failed", result.Fails);
        json.WriteEndObject();
    });

    private static void WriteInventory(Utf8JsonWriter json, string name, ManifestDocument manifest)
    {
        json.WriteStartObject(name);
        json.WriteText("assembly", manifest.Assembly.Name);
        json.WriteText("version", manifest.Assembly.Version);
        json.WriteText("sourceRevision", manifest.SourceRevision);
        json.WriteEndObject();
    }
}
