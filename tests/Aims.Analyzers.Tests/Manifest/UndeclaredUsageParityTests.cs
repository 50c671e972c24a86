using System.Collections.Immutable;
using System.Text.Json;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The manifest lists exactly the AIMS001 sites as undeclared usages: the generator and the analyzer agree.</summary>
public sealed class UndeclaredUsageParityTests
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

        public sealed class Everything(IChatClient chat, ChatClient openAi, EmbeddingClient embeddings, HttpClient http, Gateway gateway)
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
        }

        [AiSystem("covered")]
        public sealed class Covered(IChatClient chat)
        {
            public Task<ChatResponse> Ask(string q) => chat.GetResponseAsync(q);
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

    public static TheoryData<string, string> Projects => new()
    {
        { Shapes, "" },
        { ConfiguredShapes, "T:Contoso.Llm.Gateway;M:Contoso.Ml.Missing;M:Contoso.Llm.Scorer.#ctor(System.String)" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Undeclared_usages_in_the_manifest_are_exactly_the_AIMS001_sites(string source, string configuredSymbols)
    {
        var compilation = GeneratorRun.Compile([("Shapes.cs", source)]);
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
            .Where(d => d.Id == "AIMS001")
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
            .Order()
            .ToList();

        using var manifest = JsonDocument.Parse(GeneratorRun.Run(compilation, analyzerOptions: options).ManifestJson);
        var manifestLines = manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray()
            .Select(usage => usage.GetProperty("line").GetInt32())
            .Order()
            .ToList();

        Assert.NotEmpty(analyzerLines);
        Assert.True(analyzerLines.SequenceEqual(manifestLines), $"AIMS001 lines {string.Join(",", analyzerLines)}; manifest lines {string.Join(",", manifestLines)}");
    }
}
