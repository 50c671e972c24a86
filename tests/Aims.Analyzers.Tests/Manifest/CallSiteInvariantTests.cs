using System.Collections.Immutable;
using System.Text.Json;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// Every AI call of a compilation is in the manifest exactly once: under the system that covers it, or as an undeclared
/// usage, and the undeclared usages are exactly the AIMS001 and AIMS020 sites. Checked over every call shape and coverage
/// form, model calls and service calls, and over calls that do not bind.
/// </summary>
public sealed class CallSiteInvariantTests
{
    private const string Shapes = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        using OpenAI.Embeddings;

        namespace Shapes;

        public sealed class Gateway
        {
            [AiModelCall] public Gateway(string model) { }
            [AiModelCall] public Task<string> AskAsync(string prompt) => Task.FromResult(prompt);
        }

        public sealed class Everything(IChatClient chat, ChatClient openAi, EmbeddingClient embeddings, HttpClient http, Gateway gateway,
            OpenAI.Files.OpenAIFileClient files, Anthropic.AnthropicClient anthropic)
        {
            public Task<ChatResponse> Direct(string q) => chat.GetResponseAsync(q);
            public async Task<string> Awaited(string q) => (await chat.GetResponseAsync(q).ConfigureAwait(false)).Text;
            public async Task Streaming(string q) { await foreach (var u in chat.GetStreamingResponseAsync(q)) { _ = u; } }
            public object OpenAi(string q) => openAi.CompleteChat(q);
            public Task<ChatResponse>[] Linq(string[] qs) => qs.Select(q => chat.GetResponseAsync(q)).ToArray();
            public async Task<string> Local(string q) { return await Ask(); async Task<string> Ask() => (await chat.GetResponseAsync(q)).Text; }
            public object Group() { Func<string, OpenAI.Embeddings.EmbeddingGenerationOptions?, System.Threading.CancellationToken, Task<System.ClientModel.ClientResult<OpenAIEmbedding>>> f = embeddings.GenerateEmbeddingAsync; return f; }
            public Task<HttpResponseMessage> Raw(HttpContent body) => http.PostAsync("https://api.openai.com/v1/chat/completions", body);
            public Task<HttpResponseMessage> NotAi(HttpContent body) => http.PostAsync("https://example.com/", body);
            public Task<string> InHouse(string q) => gateway.AskAsync(q);
            public Gateway Created() => new Gateway("m");
            public Gateway TargetTyped() { Gateway g = new("m"); return g; }
            public Task<ChatResponse>? Conditional(IChatClient? maybe) => maybe?.GetResponseAsync("x");
            public Expression<Func<IChatClient, Task<ChatResponse>>> Tree() => c => c.GetResponseAsync("x", null, default);
            public string Name() => nameof(IChatClient.GetResponseAsync);
            public Task Upload(System.IO.Stream s) => files.UploadFileAsync(s, "a.pdf", OpenAI.Files.FileUploadPurpose.Assistants);
            public Task Tokens(Anthropic.Models.Messages.MessageCountTokensParams p) => anthropic.Messages.CountTokens(p);
            public Task Agent(string id, Anthropic.Models.Beta.Sessions.Events.EventSendParams p) => anthropic.Beta.Sessions.Events.Send(id, p);
            public object Runner(Anthropic.Models.Beta.Messages.MessageCreateParams p, IReadOnlyList<Anthropic.Helpers.Beta.IBetaRunnableTool> t) =>
                Anthropic.Helpers.Beta.BetaToolRunnerExtensions.ToolRunner(anthropic.Beta.Messages, p, t);
        }

        [AiSystem("covered")]
        public sealed class Covered(IChatClient chat, OpenAI.Models.OpenAIModelClient models)
        {
            public Task<ChatResponse> Ask(string q) => chat.GetResponseAsync(q);
            public Task Models() => models.GetModelsAsync();
        }
        """;

    private const string ConfiguredShapes = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;

        namespace Contoso.Llm
        {
            public sealed class Gateway(IChatClient chat)
            {
                public async Task<string> AskAsync(string prompt) => (await chat.GetResponseAsync(prompt)).Text;
                public Task<string> HealthAsync() => Task.FromResult("ok");
            }

            public sealed class Scorer
            {
                public Scorer(string model) { }
                public double Score(string text) => text.Length;
            }
        }

        namespace App
        {
            using Contoso.Llm;

            public sealed class Uses(Gateway gateway, IChatClient chat)
            {
                public Task<string> Ask() => gateway.AskAsync("hi");
                public Task<string> Health() => gateway.HealthAsync();
                public double Score() => new Scorer("m").Score("text");
                public Task<ChatResponse> Direct() => chat.GetResponseAsync("hi");
            }
        }
        """;

    private const string CoverageForms = """
        using System;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;

        namespace Forms;

        [AiSystem("on-type")]
        public sealed class OnType(IChatClient chat)
        {
            public Task<ChatResponse> Ask() => chat.GetResponseAsync("a");
            public sealed class Nested(IChatClient inner) { public Task<ChatResponse> Ask() => inner.GetResponseAsync("b"); }
        }

        public sealed class OnMembers(IChatClient chat)
        {
            [AiSystem("on-method")] public Task<ChatResponse> Method() => chat.GetResponseAsync("c");
            [AiSystem("on-property")] public Task<ChatResponse> Property => chat.GetResponseAsync("d");
            [AiSystem("on-constructor")] public OnMembers(IChatClient chat, int unused) : this(chat) { _ = chat.GetResponseAsync("e"); }
            public Task<ChatResponse> LocalFunction() { return Local(); [AiSystem("on-local-function")] Task<ChatResponse> Local() => chat.GetResponseAsync("f"); }
            public Func<Task<ChatResponse>> Lambda() => [AiSystem("on-lambda")] () => chat.GetResponseAsync("g");
            public Task<ChatResponse> Uncovered() => chat.GetResponseAsync("h");
        }

        [PartOfAiSystem("on-type")]
        public sealed class LocalPiece(IChatClient chat) { public Task<ChatResponse> Ask() => chat.GetResponseAsync("i"); }

        [PartOfAiSystem("platform-assistant")]
        public sealed class ReferencedPiece(IChatClient chat) { public Task<ChatResponse> Ask() => chat.GetResponseAsync("j"); }

        [PartOfAiSystem("declared-nowhere")]
        public sealed class OrphanPiece(IChatClient chat) { public Task<ChatResponse> Ask() => chat.GetResponseAsync("k"); }

        [AiSystem("has space")]
        public sealed class IllFormed(IChatClient chat) { public Task<ChatResponse> Ask() => chat.GetResponseAsync("l"); }

        public sealed class Gateway(IChatClient chat)
        {
            [AiModelCall] public Task<ChatResponse> AskAsync(string q) => chat.GetResponseAsync(q);
            public Task<ChatResponse> Use() => AskAsync("m");
        }
        """;

    private const string UnboundShapes = """
        using Aims;
        using Microsoft.Extensions.AI;
        using OpenAI.Audio;
        using OpenAI.Chat;
        using OpenAI.FineTuning;
        using OpenAI.Responses;

        namespace Skew;

        public sealed record Verdict(bool Spam);

        public sealed class Skewed(IChatClient chat, ChatClient openAi, ResponsesClient responses, IEmbeddingGenerator<string, Embedding<float>> generator, FineTuningClient tuning, AudioClient audio)
        {
            public object Removed() => responses.CreateResponseStreaming("gpt-4.1-2025-04-14", "hi");
            public object Older() => generator.GenerateEmbeddingVectorAsync("x");
            public object FullPackage() => chat.GetResponseAsync<Verdict>("x");
            public object Unlisted() => openAi.Summarize("x");
            public object? Conditional() => chat?.SummarizeAsync("x");
            public object WrongArguments() => chat.GetResponseAsync(1, 2, 3);
            public object Service() => tuning.CreateFineTuningJob("gpt-4o-mini-2024-07-18", "file-abc");
            public void HalfTyped() { openAi.CompleteChat("x"; }
            public object Bound() => chat.GetResponseAsync("x");
            public object NotAClientMember() => chat.GetService();
            public object UnknownReceiver() => missing.CompleteChat("x");
            public object FirstRowOfTheType() => audio.Speak("x");
            public void BoundInAnInvalidUse() { int count = chat.GetResponseAsync("x"); }
            public object NamedChain() => Holder.Chat.SummarizeAsync("x");
            public object ComputedReceiver() => Holder.Make().SummarizeAsync("x");
            public System.Func<IChatClient, object> LambdaParameter() => c => c.SummarizeAsync("x");
            public object? PatternVariable(object o) => o is ChatClient c ? c.Summarize("x") : null;
        }

        public static class Holder
        {
            public static IChatClient Chat = null!;
            public static IChatClient Make() => Chat;
        }

        [AiSystem("covered")]
        public sealed class Covered(ResponsesClient responses)
        {
            public object Removed() => responses.CreateResponseStreaming("gpt-4.1-2025-04-14", "hi");
        }
        """;

    public static TheoryData<string, string> Projects => new()
    {
        { Shapes, "" },
        { ConfiguredShapes, "T:Contoso.Llm.Gateway;M:Contoso.Ml.Missing;M:Contoso.Llm.Scorer.#ctor(System.String)" },
        { CoverageForms, "" },
        { UnboundShapes, "" },
    };

    private static readonly IEnumerable<MetadataReference> WithSharedLibrary =
        TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", Rules.SharedSystems.Library));

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Every_AI_call_is_in_the_manifest_exactly_once(string source, string configuredSymbols)
    {
        var options = Options(configuredSymbols);
        using var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Shapes.cs", source)], references: WithSharedLibrary), analyzerOptions: options, allowSourceErrors: source == UnboundShapes).ManifestJson);
        var listed = manifest.RootElement.GetProperty("systems").EnumerateArray().SelectMany(system => system.GetProperty("callSites").EnumerateArray())
            .Concat(manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray())
            .Select(site => site.GetProperty("line").GetInt32())
            .Order()
            .ToList();

        // With every declaration stripped, each AI call of the compilation is an AIMS001 site; the manifest must list each once.
        var stripped = source.Replace("[AiSystem(", "[Stripped(", StringComparison.Ordinal).Replace("[PartOfAiSystem(", "[Stripped(", StringComparison.Ordinal)
            .Replace("[assembly: AiSystem(", "[assembly: Stripped(", StringComparison.Ordinal) + StrippedAttribute;
        var everyCall = (await AnalyzerLinesAsync(GeneratorRun.Compile([("Shapes.cs", stripped)], references: WithSharedLibrary), options)).ToList();

        Assert.NotEmpty(everyCall);
        Assert.True(everyCall.SequenceEqual(listed), $"AI calls on lines {string.Join(",", everyCall)}; manifest lists {string.Join(",", listed)}");
    }

    [Fact]
    public void Calls_that_did_not_bind_are_listed_with_bound_false_and_their_kind()
    {
        using var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Shapes.cs", UnboundShapes)]), allowSourceErrors: true).ManifestJson);
        var sites = manifest.RootElement.GetProperty("systems").EnumerateArray().SelectMany(system => system.GetProperty("callSites").EnumerateArray())
            .Concat(manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray())
            .Select(site => $"{site.GetProperty("line").GetInt32()} {site.GetProperty("calledMember").GetString()} {site.GetProperty("kind").GetString()} {site.GetProperty("category").GetString()} bound={site.GetProperty("bound").GetBoolean()}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "14 ResponsesClient.CreateResponseStreaming Responses model bound=False",
                "15 IEmbeddingGenerator<TInput, TEmbedding>.GenerateEmbeddingVectorAsync Embeddings model bound=False",
                "16 IChatClient.GetResponseAsync Chat model bound=False",
                "17 ChatClient.Summarize Chat model bound=False",
                "18 IChatClient.SummarizeAsync Chat model bound=False",
                "19 IChatClient.GetResponseAsync Chat model bound=False",
                "20 FineTuningClient.CreateFineTuningJob FineTuning service bound=False",
                "21 ChatClient.CompleteChat Chat model bound=True",
                "22 IChatClient.GetResponseAsync Chat model bound=True",
                "25 AudioClient.Speak SpeechToText model bound=False",
                "26 IChatClient.GetResponseAsync Chat model bound=True",
                "27 IChatClient.SummarizeAsync Chat model bound=False",
                "29 IChatClient.SummarizeAsync Chat model bound=False",
                "30 ChatClient.Summarize Chat model bound=False",
                "42 ResponsesClient.CreateResponseStreaming Responses model bound=False",
            ],
            sites);
    }

    private const string StrippedAttribute = """

        [System.AttributeUsage(System.AttributeTargets.All)]
        internal sealed class StrippedAttribute : System.Attribute { public StrippedAttribute(string? id) { } }
        """;

    private static Dictionary<string, string> Options(string configuredSymbols) =>
        configuredSymbols.Length > 0 ? new() { ["aims.model_call_symbols"] = configuredSymbols } : new();

    private static async Task<IEnumerable<int>> AnalyzerLinesAsync(Compilation compilation, Dictionary<string, string> options)
    {
        var provider = new TestAnalyzerConfigOptionsProvider(options.ToImmutableDictionary(), ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        return (await compilation.WithAnalyzers([new ModelCallCoverageAnalyzer()], new AnalyzerOptions([], provider)).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id is "AIMS001" or "AIMS020")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .Order();
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Undeclared_usages_in_the_manifest_are_exactly_the_AIMS001_and_AIMS020_sites(string source, string configuredSymbols)
    {
        var compilation = GeneratorRun.Compile([("Shapes.cs", source)], references: WithSharedLibrary);
        var options = new Dictionary<string, string>();
        if (configuredSymbols.Length > 0)
        {
            options["aims.model_call_symbols"] = configuredSymbols;
        }

        var provider = new TestAnalyzerConfigOptionsProvider(
            options.ToImmutableDictionary(),
            System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableDictionary<string, string>>.Empty);
        var analyzerLines = (await compilation
                .WithAnalyzers([new ModelCallCoverageAnalyzer()], new AnalyzerOptions([], provider))
                .GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id is "AIMS001" or "AIMS020")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .Order()
            .ToList();

        using var manifest = JsonDocument.Parse(BuildRun.Run(compilation, analyzerOptions: options, allowSourceErrors: source == UnboundShapes).ManifestJson);
        var manifestLines = manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray()
            .Select(usage => usage.GetProperty("line").GetInt32())
            .Order()
            .ToList();

        Assert.NotEmpty(analyzerLines);
        Assert.True(analyzerLines.SequenceEqual(manifestLines), $"AIMS001 and AIMS020 lines {string.Join(",", analyzerLines)}; manifest lines {string.Join(",", manifestLines)}");
    }
}
