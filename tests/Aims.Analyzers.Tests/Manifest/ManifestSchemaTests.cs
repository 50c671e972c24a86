using Aims.Manifest.Vocabulary;
using System.Diagnostics;
using System.Text.Json;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Documentation;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// Every golden manifest, the declarations the generator embeds, a manifest with every field set, and manifests of
/// broken and unusual projects validate against the published JSON Schema with a real validator (Debian's
/// python3-jsonschema, which .ci/run installs).
/// </summary>
public sealed class ManifestSchemaTests
{
    private static readonly string Schema = RepositoryFiles.PathOf("docs/schema/aims-manifest.schema.json");

    [Fact]
    public void Golden_manifests_are_valid() =>
        AssertValid(Directory.GetFiles(RepositoryFiles.PathOf("tests/Aims.Analyzers.Tests/Manifest/Golden"), "*.json"));

    [Fact]
    public void The_declarations_the_generator_embeds_and_a_manifest_with_every_field_set_are_valid()
    {
        var directory = Directory.CreateTempSubdirectory("aims-schema-").FullName;
        try
        {
            var embedded = Path.Combine(directory, "embedded.json");
            File.WriteAllText(embedded, GeneratorRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject)).ManifestJson);
            var complete = Path.Combine(directory, "complete.json");
            File.WriteAllText(complete, Aims.Manifest.ManifestWriter.Write(CompleteManifest.Create()));
            AssertValid([embedded, complete]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_call_site_kinds_of_the_schema_are_exactly_the_kinds_of_AI_call()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Schema));
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("callSite").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(kind => kind.GetString());

        Assert.Equal(Enum.GetNames<AiCallKind>(), kinds);
    }

    [Fact]
    public void The_tool_kinds_and_effects_and_the_dependency_origins_of_the_schema_are_exactly_those_of_the_vocabulary()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Schema));
        var tool = schema.RootElement.GetProperty("$defs").GetProperty("tool").GetProperty("properties");

        Assert.Equal(Enum.GetNames<AiToolKind>(), tool.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(kind => kind.GetString()));
        Assert.Equal(Enum.GetNames<AiToolEffect>(), tool.GetProperty("effect").GetProperty("enum").EnumerateArray().Select(effect => effect.GetString()));
        var dependency = schema.RootElement.GetProperty("$defs").GetProperty("dependency").GetProperty("properties");
        Assert.Equal(DependencyOrigin.All, dependency.GetProperty("origin").GetProperty("enum").EnumerateArray().Select(origin => origin.GetString()));
    }

    [Fact]
    public void Manifests_of_projects_with_invalid_and_unusual_values_are_valid()
    {
        var projects = new[]
        {
            ("Broken.cs", """
                using Aims;
                [assembly: AiControlApplicability("A.99", false)]
                [AiSystem("x", Risk = (AiRiskLevel)42, Lifecycle = (AiLifecycleStage)9)]
                [AiSystem("x")]
                [DataSource("d \"quoted\" \n newline", ContainsPersonalData = true)]
                [AiRisk("R-1", "d", AiRiskTreatment.Avoid, Controls = new[] { "A.11.1" })]
                [AiEvaluation("m", Threshold = double.PositiveInfinity)]
                [PartOfAiSystem("nowhere")]
                public sealed class Broken { }
                """),
            ("Unicode.cs", """
                using Aims;
                [AiSystem("ünïcode-ok")]
                [AiSystem("assistant", Name = "Assistent für Kundenanfragen \u2028 ✓", Purpose = "Entwürfe", Owner = "Team 🚀", Risk = AiRiskLevel.High)]
                public sealed class Unicode { }
                """),
        };

        var directory = Directory.CreateTempSubdirectory("aims-schema-").FullName;
        try
        {
            var paths = projects.Select((project, i) =>
            {
                var path = Path.Combine(directory, $"manifest{i}.json");
                File.WriteAllText(path, BuildRun.Run(GeneratorRun.Compile([project]), buildProperties: new Dictionary<string, string> { ["AimsAnalysisMode"] = "Strict" }, allowSourceErrors: true).ManifestJson);
                return path;
            }).ToArray();
            AssertValid(paths);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void AssertValid(string[] manifests)
    {
        Assert.NotEmpty(manifests);
        var (valid, output) = Validate(Schema, manifests);
        Assert.True(valid, "Schema validation failed:\n" + output);
    }

    /// <summary>Validates JSON files against a JSON Schema of docs/schema with python3-jsonschema.</summary>
    internal static (bool Valid, string Output) Validate(string schema, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(FindPythonWithJsonSchema()) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Manifest", "validate_manifest.py"));
        start.ArgumentList.Add(schema);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode == 0, output);
    }

    private static string FindPythonWithJsonSchema()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo(candidate, "-c \"import jsonschema\"") { RedirectStandardError = true, RedirectStandardOutput = true })!;
                probe.WaitForExit();
                if (probe.ExitCode == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed under this name: try the next one.
            }
        }

        throw new InvalidOperationException("No Python with the jsonschema module: install Debian's python3-jsonschema (.ci/run does).");
    }
}
