using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Screening;

/// <summary>
/// Code on the edge of what the screening sees, in projects that reference no AI SDK: words of the Aims attributes
/// without the namespace, a marker in a comment, a model host that no source writes whole. The screening runs such a
/// compile without the analyzers (<see cref="ScreeningAgreementTests"/>), and the analyzers, which screen alike, would
/// register nothing. So that they analyse the code all the same, each test adds a file the screening does see (a model
/// host in a comment): what they find then is what the screening gives up.
/// </summary>
public sealed class ScreenedOutCompileTests
{
    // The limit docs/manifest.md states: a host kept apart from its https:// is a call the screening gives up.
    [Fact]
    public Task A_host_that_no_source_writes_whole_is_a_call_the_screening_gives_up() =>
        new AnalyzerTest([.. AnalyzerTest.AllAnalyzers])
        {
            References = TestReferences.FrameworkAndAnnotations,
            GlobalOptions = { ["aims.inventory"] = "true" },
            ExpectedDiagnosticsWithoutLocation = { "AIMS023: AI inventory of 'TestProject' recorded: 1 AI calls" },
        }
            .WithSources(
                """
                using System.Net.Http;
                using System.Threading.Tasks;

                namespace Shop;

                // Mark the model calls below with [AiModelCall] once the gateway exists.
                public sealed class Models(HttpClient http)
                {
                    private const string Host = "api.openai.com";

                    public Task<string> ListAsync() => {|AIMS001,AIMS021:http.GetStringAsync($"https://{Host}/v1/models")|};
                }
                """,
                ScreenedInMarker)
            .RunAsync();

    [Fact]
    public Task Names_of_Aims_attributes_in_other_namespaces_declare_nothing() =>
        Verify("""
            using System;

            namespace Shop;

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class DataSourceAttribute(string name) : Attribute
            {
                public string Name { get; } = name;
            }

            [DataSource("orders-db")]
            public sealed class AiModelCatalog
            {
                public string DataSource { get; set; } = "catalog-db";
            }
            """);

    // With the inventory records on, as in a build that keeps the analyzers (AimsScreenInputs false): the end record only.
    private static Task Verify(string source) =>
        new AnalyzerTest([.. AnalyzerTest.AllAnalyzers])
        {
            References = TestReferences.FrameworkAndAnnotations,
            GlobalOptions = { ["aims.inventory"] = "true" },
            ExpectedDiagnosticsWithoutLocation = { "AIMS023: AI inventory of 'TestProject' recorded: 0 AI calls" },
        }
            .WithSources(source, ScreenedInMarker)
            .RunAsync();

    private const string ScreenedInMarker = "// https://api.openai.com/ (seen by the screening, so that the analyzers run)";
}
