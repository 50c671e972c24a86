using System.Collections.Immutable;
using System.Text.Json;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The manifest's findings are the diagnostics the build reports: the same rule, place, message and effective severity,
/// with configured severities and #pragma suppressions applied, for every rule a project can break.
/// </summary>
public sealed class FindingsParityTests
{
    private const string EveryRuleBroken = """
        using System.Net.Http;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Chat;
        using OpenAI.FineTuning;
        using OpenAI.Responses;

        [assembly: AiControlApplicability("A.10.4", false)]

        namespace Broken;

        [AiSystem("credit", Purpose = "<purpose>", Owner = "Risk", Risk = AiRiskLevel.High)]
        public sealed class Credit(IChatClient chat)
        {
            public Task<ChatResponse> ScoreAsync(string q) => chat.GetResponseAsync(q);
        }

        [AiSystem("twice")]
        public sealed class First { }

        [AiSystem("twice", Risk = AiRiskLevel.Prohibited)]
        public sealed class Second { }

        [PartOfAiSystem("nowhere")]
        [DataSource("people", ContainsPersonalData = true)]
        public sealed class Orphan { }

        [AiSystem("has space", Risk = (AiRiskLevel)42)]
        public sealed class Invalid { }

        public sealed class Shadow(ChatClient chat, HttpClient http, ResponsesClient responses, FineTuningClient tuning)
        {
            public object Removed(string t) => responses.CreateResponseStreaming("gpt-4o", t);
            public object Unlisted(string t) => chat.Summarize(t);
            public object Train() => tuning.CreateFineTuningJob("gpt-4o-mini-2024-07-18", "file-abc");
            public Task Ask(string t) => chat.CompleteChatAsync(t);
            public Task Raw(HttpContent body) => http.PostAsync("https://api.anthropic.com/v1/messages", body);
            public object Client() => new OpenAIClient("sk-abcdefghijklmnopqrstuvwxyz0123").GetChatClient("gpt-4o");
            public Task Upload(OpenAI.Files.OpenAIFileClient files) => files.DeleteFileAsync("file-1");

        #pragma warning disable AIMS001
            public Task Hidden(string t) => chat.CompleteChatAsync(t);
        #pragma warning restore AIMS001
        }
        """;

    [Fact]
    public async Task Every_finding_of_the_manifest_is_a_diagnostic_the_analyzers_report_with_the_same_severity()
    {
        var compilation = (CSharpCompilation)GeneratorRun.Compile([("Broken.cs", EveryRuleBroken)]);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(compilation.Options.SpecificDiagnosticOptions
            .SetItem("AIMS003", ReportDiagnostic.Error)
            .SetItem("AIMS018", ReportDiagnostic.Suppress)
            .SetItem("AIMS016", ReportDiagnostic.Hidden)));
        var options = new Dictionary<string, string> { ["aims.model_call_symbols"] = "Contoso.NotAnId" };

        var manifest = JsonDocument.Parse(GeneratorRun.Run(compilation, analyzerOptions: options, allowSourceErrors: true).ManifestJson).RootElement;
        var fromManifest = manifest.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("id").GetString()} {f.GetProperty("severity").GetString()} {Line(f)}: {f.GetProperty("message").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var analyzerOptions = new AnalyzerOptions([], new TestAnalyzerConfigOptionsProvider(options.ToImmutableDictionary(), ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty));
        var diagnostics = await compilation.WithAnalyzers(AnalyzerTest.AllAnalyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync();
        var fromAnalyzers = diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => $"{d.Id} {Severity(d)} {(d.Location.IsInSource ? (d.Location.GetLineSpan().StartLinePosition.Line + 1).ToString() : "-")}: {d.GetMessage()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(fromAnalyzers, fromManifest);
        Assert.Equal(
            ["AIMS001", "AIMS002", "AIMS003", "AIMS004", "AIMS005", "AIMS006", "AIMS007", "AIMS008", "AIMS009", "AIMS010", "AIMS011", "AIMS012", "AIMS013", "AIMS014", "AIMS015", "AIMS017", "AIMS019", "AIMS020"],
            fromManifest.Select(f => f[..7]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(fromManifest, f => f.StartsWith("AIMS003 error", StringComparison.Ordinal));
        Assert.Equal(4, fromManifest.Count(f => f.StartsWith("AIMS001", StringComparison.Ordinal)));
        Assert.Equal(2, fromManifest.Count(f => f.Contains("(the call did not bind", StringComparison.Ordinal) && f.StartsWith("AIMS001", StringComparison.Ordinal)));
        Assert.Single(fromManifest, f => f.Contains("(the call did not bind", StringComparison.Ordinal) && f.StartsWith("AIMS020", StringComparison.Ordinal));

        var open = manifest.GetProperty("summary").GetProperty("openFindings").EnumerateArray()
            .ToDictionary(f => (f.GetProperty("id").GetString(), f.GetProperty("severity").GetString()), f => f.GetProperty("count").GetInt32());
        Assert.Equal(fromManifest.Count, open.Values.Sum());
        Assert.Equal(4, open[("AIMS001", "warning")]);
    }

    private static string Line(JsonElement finding) =>
        finding.GetProperty("line").ValueKind == JsonValueKind.Null ? "-" : finding.GetProperty("line").GetInt32().ToString();

    private static string Severity(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
