using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Screening;

/// <summary>
/// Code on the edge of what the screening sees, in projects that reference no AI SDK: words of the Aims attributes
/// without the namespace, a marker in a comment, a model host that no source writes whole. The screening runs such a
/// compile without the analyzers, and the analyzers, asked anyway, find nothing in it either.
/// </summary>
public sealed class ScreenedOutCompileTests
{
    [Fact]
    public Task A_host_that_no_source_writes_whole_is_not_reached_beside_a_marker_in_a_comment() =>
        Verify("""
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Shop;

            // Mark the model calls below with [AiModelCall] once the gateway exists.
            public sealed class Models(HttpClient http)
            {
                private const string Host = "api.openai.com";

                public Task<string> ListAsync() => http.GetStringAsync($"https://{Host}/v1/models");
            }
            """);

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
            .WithSource(source)
            .RunAsync();
}
