using System.Collections.Immutable;
using System.Text.Json;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// Every tool the analyzers find is in the manifest exactly once, under the system that covers it or among the
/// undeclared tools, and the undeclared tools are exactly the AIMS024 sites, suppressed ones included: the analyzer and
/// the manifest agree on every shape, on the real SDK assemblies.
/// </summary>
public sealed class ToolInvariantTests
{
    private const string Shapes = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        using Microsoft.SemanticKernel;
        using ModelContextProtocol.Client;
        using ModelContextProtocol.Server;
        using OpenAI.Chat;

        namespace Shapes;

        public sealed class MailPlugin
        {
            [KernelFunction] public string SendMail(string to) => to;
            [KernelFunction] public string ListInbox() => "";
        }

        public sealed class Mailer : AIFunction
        {
            protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, System.Threading.CancellationToken token) => default;
        }

        public static class Everything
        {
            public static string GetWeather(string city) => city;

            public static IList<object> Tools(Kernel kernel) =>
            [
                AIFunctionFactory.Create(GetWeather),
                AIFunctionFactory.Create((string id) => id, name: "delete_ticket"),
                new ApprovalRequiredAIFunction(AIFunctionFactory.Create(GetWeather)),
                new HostedWebSearchTool(),
                new Mailer(),
                kernel.Plugins.AddFromType<MailPlugin>(),
                KernelFunctionFactory.CreateFromMethod(GetWeather),
                ChatTool.CreateFunctionTool("send_invoice"),
        #pragma warning disable AIMS024
                new HostedCodeInterpreterTool(),
        #pragma warning restore AIMS024
            ];

            public static async Task<object> Listed(McpClient client) => await client.ListToolsAsync();
        }

        [McpServerToolType]
        public static class ServerTools
        {
            [McpServerTool] public static string ReadFile(string path) => path;
        }

        [AiSystem("covered")]
        public static class Covered
        {
            public static string SendEmail(string to) => to;
            public static AITool Tool() => AIFunctionFactory.Create(SendEmail);
            public static KernelPlugin Plugin() => KernelPluginFactory.CreateFromType<MailPlugin>();
            [McpServerTool(Destructive = true)] public static string Purge(string path) => path;
        }
        """;

    [Fact]
    public async Task Every_tool_is_in_the_manifest_exactly_once_and_the_undeclared_ones_are_the_AIMS024_sites()
    {
        using var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Shapes.cs", Shapes)], references: TestReferences.EverySdk)).ManifestJson);
        var covered = manifest.RootElement.GetProperty("systems").EnumerateArray().SelectMany(system => system.GetProperty("tools").EnumerateArray()).ToList();
        var undeclared = manifest.RootElement.GetProperty("undeclaredTools").EnumerateArray().ToList();

        // With every declaration stripped, each place that hands tools over is an AIMS024 site.
        var stripped = Shapes.Replace("[AiSystem(", "[System.Obsolete(", StringComparison.Ordinal);
        var everySite = await Aims024LinesAsync(stripped);
        Assert.Equal(everySite, covered.Concat(undeclared).Select(Line).Distinct().Order());
        Assert.Equal(await Aims024LinesAsync(Shapes), undeclared.Select(Line).Distinct().Order());

        // One entry per tool: a plugin's two kernel functions are two tools at one place.
        Assert.Equal(covered.Count + undeclared.Count, covered.Concat(undeclared).Select(tool => (Line(tool), tool.GetProperty("name").GetString(), tool.GetProperty("implementation").GetString())).Distinct().Count());
        Assert.Equal(2, undeclared.Count(tool => tool.GetProperty("handedBy").GetString() == "KernelExtensions.AddFromType"));
    }

    [Fact]
    public void An_MCP_server_that_no_system_covers_leaves_resource_documentation_a_gap()
    {
        using var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Tools.cs", """
            using ModelContextProtocol.Server;
            [McpServerToolType]
            public static class FileTools { [McpServerTool] public static string ReadFile(string path) => path; }
            """)], references: TestReferences.EverySdk)).ManifestJson);

        var control = manifest.RootElement.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "A.4.2");
        Assert.Equal("gap", control.GetProperty("status").GetString());
        Assert.Equal(["undeclared tool: FileTools.ReadFile hands tool 'ReadFile' to a model at Tools.cs:3"], control.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
    }

    private static int Line(JsonElement tool) => tool.GetProperty("line").GetInt32();

    private static async Task<IEnumerable<int>> Aims024LinesAsync(string source)
    {
        var compilation = GeneratorRun.Compile([("Shapes.cs", source)], references: TestReferences.EverySdk);
        var provider = new TestAnalyzerConfigOptionsProvider(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([], provider), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return (await compilation.WithAnalyzers([new ToolExposureAnalyzer()], options).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "AIMS024")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .Distinct()
            .Order()
            .ToList();
    }
}
