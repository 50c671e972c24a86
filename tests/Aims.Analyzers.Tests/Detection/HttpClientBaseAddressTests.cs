using System.Collections.Immutable;
using System.Text.Json;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// A relative request URL goes to the constant base address of the HttpClient it is sent through: a model call when
/// that address is on a model host. Followed within the call's file, and for IHttpClientFactory clients through the
/// registrations of every file; an unknown base address is never a model host.
/// </summary>
public sealed class HttpClientBaseAddressTests
{
    // A web project without any AI SDK: the model host in the base address is all there is to find.
    private static Task<ImmutableArray<Diagnostic>> VerifyAsync(params string[] markups) =>
        new Verify { References = TestReferences.FrameworkAndHttpClientFactory }.WithSources(markups).RunAsync();

    [Fact]
    public Task Relative_requests_on_clients_created_with_a_constant_base_address_are_reported() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        public static class Created
        {
            public static async Task RunAsync(object body)
            {
                using var ollama = new HttpClient { BaseAddress = new Uri("http://localhost:11434/") };
                _ = await {|AIMS001:ollama.PostAsJsonAsync("api/chat", body)|};
                _ = await {|AIMS001:ollama.PostAsJsonAsync("api/embeddings", body)|};
                _ = await {|AIMS001:new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") }.PostAsJsonAsync("chat/completions", body)|};
                HttpClient assigned;
                assigned = new HttpClient { BaseAddress = new Uri("https://api.mistral.ai/v1/") };
                _ = await {|AIMS001:assigned.PostAsJsonAsync("chat/completions", body)|};
                HttpClient? maybe = ollama;
                _ = await maybe?{|AIMS001:.PostAsJsonAsync("api/generate", body)|}!;
            }
        }
        public sealed class Initialized
        {
            private const string DeepSeek = "https://api.deepseek.com/v1/";
            private static readonly HttpClient Shared = new() { BaseAddress = new Uri(DeepSeek) };
            private readonly HttpClient _groq = new HttpClient { BaseAddress = new Uri("https://api.groq.com/openai/v1/") };
            public HttpClient Anthropic { get; } = new HttpClient { BaseAddress = new Uri("https://api.anthropic.com/") };
            public Task<HttpResponseMessage> DeepSeekAsync(object body) => {|AIMS001:Shared.PostAsJsonAsync("chat/completions", body)|};
            public Task<HttpResponseMessage> GroqAsync(object body) => {|AIMS001:_groq.PostAsJsonAsync("chat/completions", body)|};
            public Task<HttpResponseMessage> ClaudeAsync(HttpContent body) => {|AIMS001:Anthropic.PostAsync("v1/messages", body)|};
        }
        """);

    [Fact]
    public Task Base_addresses_set_in_the_constructor_of_the_type_that_owns_the_client_are_reported() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        public sealed class DeepSeekClient
        {
            private readonly HttpClient _httpClient;
            public DeepSeekClient(HttpClient httpClient, string apiKey)
            {
                _httpClient = httpClient;
                _httpClient.BaseAddress = new Uri("https://api.deepseek.com/v1/");
                _httpClient.DefaultRequestHeaders.Add("Authorization", $"Bearer {apiKey}");
            }
            public async Task<string> ChatAsync(object request)
            {
                var response = await {|AIMS001:_httpClient.PostAsJsonAsync("chat/completions", request)|};
                return await response.Content.ReadAsStringAsync();
            }
        }
        public sealed class OllamaEmbedder
        {
            private const string Endpoint = "http://localhost:11434";
            private readonly HttpClient _http;
            public OllamaEmbedder()
            {
                _http = new HttpClient();
                _http.BaseAddress = new Uri(Endpoint);
            }
            public Task<HttpResponseMessage> EmbedAsync(object body) => {|AIMS001:_http.PostAsJsonAsync("api/embeddings", body)|};
        }
        public sealed class MistralClient
        {
            private readonly HttpClient _http;
            public MistralClient() => _http = new HttpClient { BaseAddress = new Uri("https://api.mistral.ai/v1/") };
            public HttpClient Cohere { get; private set; }
            public MistralClient(int retries) : this() => Cohere = new HttpClient { BaseAddress = new Uri("https://api.cohere.com/") };
            public Task<HttpResponseMessage> AskAsync(object body) => {|AIMS001:_http.PostAsJsonAsync("chat/completions", body)|};
            public Task<HttpResponseMessage> RerankAsync(object body) => {|AIMS001:Cohere.PostAsJsonAsync("v2/rerank", body)|};
        }
        public sealed class XaiClient
        {
            private readonly HttpClient _http;
            public XaiClient(HttpClient http)
            {
                http.BaseAddress = new Uri("https://api.x.ai/v1/");
                _http = http;
            }
            public Task<HttpResponseMessage> AskAsync(object body) => {|AIMS001:_http.PostAsJsonAsync("chat/completions", body)|};
        }
        """);

    [Fact]
    public Task Base_addresses_assigned_to_a_local_or_parameter_in_its_method_or_to_a_field_in_any_member_are_reported() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        public static class Assigned
        {
            public static async Task RunAsync(HttpClient injected, object body)
            {
                var local = new HttpClient();
                local.BaseAddress = new Uri("https://api.together.xyz/v1/");
                _ = await {|AIMS001:local.PostAsJsonAsync("chat/completions", body)|};
                injected.BaseAddress = new Uri("https://openrouter.ai/api/v1/");
                _ = await {|AIMS001:injected.PostAsJsonAsync("chat/completions", body)|};
            }
        }
        public sealed class InitializedLater
        {
            private readonly HttpClient _http = new();
            public void Initialize() => _http.BaseAddress = new Uri("https://api.perplexity.ai/");
            public Task<HttpResponseMessage> AskAsync(object body) => {|AIMS001:_http.PostAsJsonAsync("chat/completions", body)|};
        }
        """);

    [Fact]
    public async Task A_client_in_top_level_statements_is_followed()
    {
        await new Verify { References = TestReferences.FrameworkAndHttpClientFactory, OutputKind = OutputKind.ConsoleApplication }.WithSource("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            var ollama = new HttpClient();
            ollama.BaseAddress = new Uri("http://127.0.0.1:11434");
            _ = await {|AIMS001:ollama.PostAsJsonAsync("api/chat", new { model = "llama3.2" })|};
            """).RunAsync();
    }

    [Fact]
    public Task Typed_clients_configured_in_the_same_file_are_reported() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        public static class Registration
        {
            public static IServiceCollection AddModelClients(this IServiceCollection services)
            {
                services.AddHttpClient<DeepSeekChat>(c => c.BaseAddress = new Uri("https://api.deepseek.com/v1/"));
                services.AddHttpClient<OllamaChat>((sp, c) =>
                {
                    c.BaseAddress = new Uri("http://localhost:11434");
                    c.Timeout = TimeSpan.FromMinutes(5);
                });
                services.AddHttpClient<IEmbedder, OllamaEmbedder>("ollama", c => c.BaseAddress = new Uri("http://127.0.0.1:11434/"));
                services.AddHttpClient<GroqChat>().ConfigureHttpClient(c => c.BaseAddress = new Uri("https://api.groq.com/openai/v1/"));
                return services;
            }
        }
        public sealed class DeepSeekChat
        {
            private readonly HttpClient _http;
            public DeepSeekChat(HttpClient http) => _http = http;
            public Task<HttpResponseMessage> AskAsync(object request) => {|AIMS001:_http.PostAsJsonAsync("chat/completions", request)|};
        }
        public sealed class OllamaChat(HttpClient http)
        {
            public Task<HttpResponseMessage> AskAsync(object request) => {|AIMS001:http.PostAsJsonAsync("api/chat", request)|};
        }
        public interface IEmbedder
        {
            Task<HttpResponseMessage> EmbedAsync(object request);
        }
        public sealed class OllamaEmbedder(HttpClient http) : IEmbedder
        {
            public Task<HttpResponseMessage> EmbedAsync(object request) => {|AIMS001:http.PostAsJsonAsync("api/embeddings", request)|};
        }
        public sealed class GroqChat(HttpClient http)
        {
            public Task<HttpResponseMessage> AskAsync(object request) => {|AIMS001:http.PostAsJsonAsync("chat/completions", request)|};
        }
        """);

    [Fact]
    public Task Named_clients_configured_in_the_same_file_are_reported() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        public static class Registration
        {
            public static void AddDeepSeek(this IServiceCollection services) =>
                services.AddHttpClient("deepseek", c => c.BaseAddress = new Uri("https://api.deepseek.com/"));
        }
        public sealed class Named(IHttpClientFactory factory)
        {
            private readonly HttpClient _client = factory.CreateClient("deepseek");
            public Task<HttpResponseMessage> AskAsync(object request) => {|AIMS001:_client.PostAsJsonAsync("chat/completions", request)|};
            public Task<HttpResponseMessage> AgainAsync(object request) => {|AIMS001:factory.CreateClient("deepseek").PostAsJsonAsync("chat/completions", request)|};
        }
        """);

    [Fact]
    public async Task The_Ollama_default_endpoint_is_a_model_host_of_its_own()
    {
        var diagnostics = await VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            public static class Local
            {
                public static async Task RunAsync(object body)
                {
                    var ollama = new HttpClient { BaseAddress = new Uri("http://localhost:11434") };
                    _ = await {|AIMS001:ollama.PostAsJsonAsync("api/chat", body)|};
                    var loopback = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:11434") };
                    _ = await {|AIMS001:loopback.PostAsJsonAsync("api/embeddings", body)|};
                    var otherPort = new HttpClient { BaseAddress = new Uri("http://localhost:8080") };
                    _ = await otherPort.PostAsJsonAsync("api/chat", body);
                    var defaultPort = new HttpClient { BaseAddress = new Uri("http://localhost/") };
                    _ = await defaultPort.PostAsJsonAsync("api/chat", body);
                }
            }
            """);
        Assert.All(diagnostics, d => Assert.Contains("(HTTP to Ollama)", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public Task An_absolute_request_url_wins_over_the_base_address() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        public static class Absolute
        {
            public static async Task RunAsync(HttpContent body)
            {
                var model = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
                var intranet = new HttpClient { BaseAddress = new Uri("https://intranet.example/") };
                _ = await model.GetAsync("https://intranet.example/health");
                _ = await model.GetAsync("//intranet.example/health");
                _ = await {|AIMS001:intranet.PostAsync("https://api.anthropic.com/v1/messages", body)|};
                _ = await {|AIMS001:model.GetAsync("/v1/models")|};
                _ = await {|AIMS001:model.GetAsync("")|};
                _ = await {|AIMS001:model.SendAsync(new HttpRequestMessage(HttpMethod.Post, "chat/completions"))|};
            }
        }
        """);

    [Fact]
    public Task Relative_requests_on_clients_whose_base_address_is_not_a_model_host_or_unknown_are_not_reported() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        public sealed class NotModels(HttpClient injected, IHttpClientFactory factory, string endpoint)
        {
            private const string Internal = "https://intranet.example/";
            private static readonly Uri Ollama = new("http://localhost:11434/");
            private readonly HttpClient _noBase = new();
            private readonly HttpClient _otherHost = new() { BaseAddress = new Uri(Internal) };
            private readonly HttpClient _readonlyUri = new() { BaseAddress = Ollama };
            private readonly HttpClient _fromConfiguration = new() { BaseAddress = new Uri(endpoint) };
            public HttpClient Computed => new HttpClient();
            private readonly HttpClient _fromMethod = Create();
            public HttpClient Settable { get; set; } = new();
            private static HttpClient Create() => new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
            public async Task RunAsync(object body)
            {
                _ = await _fromMethod.PostAsJsonAsync("chat/completions", body);
                _ = await Settable.PostAsJsonAsync("chat/completions", body);
                _ = await injected.PostAsJsonAsync("chat/completions", body);
                _ = await _noBase.PostAsJsonAsync("chat/completions", body);
                _ = await _otherHost.PostAsJsonAsync("chat/completions", body);
                _ = await _readonlyUri.PostAsJsonAsync("api/chat", body);
                _ = await _fromConfiguration.PostAsJsonAsync("chat/completions", body);
                _ = await factory.CreateClient("unregistered").PostAsJsonAsync("chat/completions", body);
                Computed.BaseAddress = new Uri("https://api.openai.com/v1/");
                _ = await Computed.PostAsJsonAsync("chat/completions", body);
            }
        }
        public static class AnotherType
        {
            public static void Configure(NotModels clients) => clients.Settable.BaseAddress = new Uri("https://api.openai.com/v1/");
        }
        """);

    [Fact]
    public Task A_second_base_address_or_one_that_is_not_a_constant_makes_it_unknown() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        public sealed class Conflicting
        {
            private readonly HttpClient _twoHosts;
            private readonly HttpClient _constantAndNot = new() { BaseAddress = new Uri("https://api.openai.com/v1/") };
            public Conflicting() => _twoHosts = new HttpClient { BaseAddress = new Uri("https://api.openai.com/v1/") };
            public Conflicting(string endpoint)
            {
                _twoHosts = new HttpClient { BaseAddress = new Uri("https://intranet.example/") };
                _constantAndNot.BaseAddress = new Uri(endpoint);
            }
            public Task<HttpResponseMessage> TwoHostsAsync(object body) => _twoHosts.PostAsJsonAsync("chat/completions", body);
            public Task<HttpResponseMessage> ConstantAndNotAsync(object body) => _constantAndNot.PostAsJsonAsync("chat/completions", body);
        }
        public static class Registration
        {
            public static void Add(IServiceCollection services, IConfiguration configuration)
            {
                services.AddHttpClient<FromConfiguration>(c => c.BaseAddress = new Uri(configuration["Ai:Endpoint"]!));
                services.AddHttpClient<ThroughMethodGroup>(c => c.BaseAddress = new Uri("https://api.openai.com/v1/"));
                services.AddHttpClient<ThroughMethodGroup>(Configure);
            }
            private static void Configure(HttpClient client) => client.BaseAddress = new Uri("https://intranet.example/");
        }
        public sealed class FromConfiguration(HttpClient http)
        {
            public Task<HttpResponseMessage> AskAsync(object body) => http.PostAsJsonAsync("chat/completions", body);
        }
        public sealed class ThroughMethodGroup(HttpClient http)
        {
            public Task<HttpResponseMessage> AskAsync(object body) => http.PostAsJsonAsync("chat/completions", body);
        }
        """);

    [Fact]
    public Task A_base_address_does_not_leak_to_another_client() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        public static class Registration
        {
            public static void Add(IServiceCollection services)
            {
                services.AddHttpClient<ModelChat>(c => c.BaseAddress = new Uri("https://api.deepseek.com/v1/"));
                services.AddHttpClient<OtherChat>();
                services.AddHttpClient("model", c => c.BaseAddress = new Uri("https://api.deepseek.com/v1/"));
            }
        }
        public sealed class ModelChat(HttpClient http)
        {
            public Task<HttpResponseMessage> AskAsync(object body) => {|AIMS001:http.PostAsJsonAsync("chat/completions", body)|};
        }
        public sealed class OtherChat(HttpClient http)
        {
            public Task<HttpResponseMessage> AskAsync(object body) => http.PostAsJsonAsync("chat/completions", body);
        }
        public sealed class TwoClients(IHttpClientFactory factory)
        {
            private readonly HttpClient _model = new();
            private readonly HttpClient _other = new();
            public TwoClients(IHttpClientFactory clients, int unused) : this(clients) => _model.BaseAddress = new Uri("https://api.deepseek.com/v1/");
            public async Task RunAsync(object body)
            {
                var model = new HttpClient { BaseAddress = new Uri("https://api.deepseek.com/v1/") };
                var other = new HttpClient();
                _ = await {|AIMS001:model.PostAsJsonAsync("chat/completions", body)|};
                _ = await other.PostAsJsonAsync("chat/completions", body);
                _ = await {|AIMS001:_model.PostAsJsonAsync("chat/completions", body)|};
                _ = await _other.PostAsJsonAsync("chat/completions", body);
                _ = await {|AIMS001:factory.CreateClient("model").PostAsJsonAsync("chat/completions", body)|};
                _ = await factory.CreateClient("other").PostAsJsonAsync("chat/completions", body);
            }
        }
        """);

    [Fact]
    public Task Registrations_and_constants_in_another_file_are_followed_and_another_part_of_a_partial_class_is_not() => VerifyAsync(
        """
        using System;
        using System.Net.Http;
        using Microsoft.Extensions.DependencyInjection;
        public static class Endpoints
        {
            public const string DeepSeek = "https://api.deepseek.com/v1/";
        }
        public static class Program
        {
            public static void Add(IServiceCollection services)
            {
                services.AddHttpClient<DeepSeekChat>(c => c.BaseAddress = new Uri(Endpoints.DeepSeek));
                services.AddHttpClient("deepseek", c => c.BaseAddress = new Uri(Endpoints.DeepSeek));
                services.AddHttpClient<Weather>(c => c.BaseAddress = new Uri("https://api.weather.example/"));
            }
        }
        public sealed partial class Split
        {
            public Split() => _http.BaseAddress = new Uri(Endpoints.DeepSeek);
        }
        """,
        """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        public sealed class DeepSeekChat(HttpClient http, IHttpClientFactory factory)
        {
            public Task<HttpResponseMessage> AskAsync(object body) => {|AIMS001:http.PostAsJsonAsync("chat/completions", body)|};
            public Task<HttpResponseMessage> NamedAsync(object body) => {|AIMS001:factory.CreateClient("deepseek").PostAsJsonAsync("chat/completions", body)|};
            public Task<HttpResponseMessage> UnregisteredAsync(object body) => factory.CreateClient("other").PostAsJsonAsync("chat/completions", body);
        }
        public sealed class Weather(HttpClient http)
        {
            public Task<HttpResponseMessage> TodayAsync(object body) => http.PostAsJsonAsync("chat/completions", body);
        }
        public sealed partial class Split
        {
            private readonly HttpClient _http = new();
            public Task<HttpResponseMessage> AskAsync(object body) => _http.PostAsJsonAsync("chat/completions", body);
        }
        public sealed class SameFile
        {
            private readonly HttpClient _http = new() { BaseAddress = new Uri(Endpoints.DeepSeek) };
            public Task<HttpResponseMessage> AskAsync(object body) => {|AIMS001:_http.PostAsJsonAsync("chat/completions", body)|};
        }
        """);

    public static TheoryData<string> HalfTypedClients => new()
    {
        "using System; using System.Net.Http; class C { HttpClient h = new() { BaseAddress = new Uri( }; object M() => h.GetAsync(\"api/chat\"); }",
        "using System; using System.Net.Http; class C { HttpClient h; C() { h.BaseAddress = ; h = ; } object M() => h.GetAsync(\"v1/models\"); }",
        "using System; using System.Net.Http; class C { HttpClient a, b; C() { a = b; b = a; a.BaseAddress = new Uri(\"https://api.openai.com/\"); } object M() => a.GetAsync(\"v1/models\"); }",
        "using System; using System.Net.Http; class C { void M() { var h = h; h.BaseAddress = new Uri(\"https://api.openai.com/\"); h?.BaseAddress = null; h.GetAsync(\"v1/models\"); } }",
        "using System; using System.Net.Http; class C { Missing h = new() { BaseAddress = new Uri(\"https://api.openai.com/\") }; object M() => h.GetAsync(\"v1/models\"); }",
        "using System; using Microsoft.Extensions.DependencyInjection; class C(System.Net.Http.HttpClient h) { static void R(IServiceCollection s) { s.AddHttpClient<C>(c => c.BaseAddress = ); s.AddHttpClient<Missing>(c => c.BaseAddress = new Uri(\"https://api.openai.com/\")); s.AddHttpClient<C>(; s.AddHttpClient<C>().ConfigureHttpClient(); s.AddHttpClient<C>((a, b, c) => { }); } object M() => h.GetAsync(\"v1/models\"); }",
        "using System.Net.Http; class C { void M(IHttpClientFactory f) { f.CreateClient(\"x\").GetAsync(\"v1/\"); f.CreateClient(null).GetAsync(\"v1/\"); f.CreateClient(). } }",
    };

    [Theory]
    [MemberData(nameof(HalfTypedClients))]
    public async Task Half_typed_clients_and_registrations_never_make_the_analyzer_or_the_generator_throw(string source)
    {
        await new Verify { AllowCompilationErrors = true }.WithSource(source).RunForAnyDiagnosticsAsync();
        _ = BuildRun.Run(GeneratorRun.Compile([("Broken.cs", source)]), allowSourceErrors: true);
    }

    private const string ParityShapes = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;

        namespace Shapes;

        public static class Registration
        {
            public static void Add(IServiceCollection services) =>
                services.AddHttpClient<OllamaChat>(c => c.BaseAddress = new Uri("http://localhost:11434"));
        }

        public sealed class OllamaChat(HttpClient http)
        {
            public Task<HttpResponseMessage> ChatAsync(object body) => http.PostAsJsonAsync("api/chat", body);
            public Task<HttpResponseMessage> EmbedAsync(object body) => http.PostAsJsonAsync("api/embeddings", body);
        }

        public sealed class DeepSeekClient
        {
            private readonly HttpClient _http;
            public DeepSeekClient(HttpClient http) { _http = http; _http.BaseAddress = new Uri("https://api.deepseek.com/v1/"); }
            public Task<HttpResponseMessage> ChatAsync(object body) => _http.PostAsJsonAsync("chat/completions", body);
            public Task<HttpResponseMessage> HealthAsync() => _http.GetAsync("https://status.example/");
        }

        public sealed class Unknown(HttpClient http)
        {
            public Task<HttpResponseMessage> ChatAsync(object body) => http.PostAsJsonAsync("chat/completions", body);
        }
        """;

    [Fact]
    public async Task Calls_through_a_base_address_are_in_the_manifest_exactly_where_the_analyzer_reports_them()
    {
        var compilation = GeneratorRun.Compile([("Shapes.cs", ParityShapes)]);
        var provider = new TestAnalyzerConfigOptionsProvider(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        var fromAnalyzer = (await compilation.WithAnalyzers([new ModelCallCoverageAnalyzer()], new AnalyzerOptions([], provider)).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == "AIMS001")
            .Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        using var manifest = JsonDocument.Parse(BuildRun.Run(compilation).ManifestJson);
        var usages = manifest.RootElement.GetProperty("undeclaredUsages").EnumerateArray().ToList();
        var fromManifest = usages
            .Select(u => $"{u.GetProperty("line").GetInt32()} '{u.GetProperty("callingMember").GetString()}' calls '{u.GetProperty("calledMember").GetString()}' ({u.GetProperty("sdk").GetString()}) but no [AiSystem] or [PartOfAiSystem] covers it")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(fromAnalyzer, fromManifest);
        Assert.Equal(
            ["17 Ollama", "18 Ollama", "25 DeepSeek"],
            usages.Select(u => $"{u.GetProperty("line").GetInt32()} {u.GetProperty("provider").GetString()}").Order(StringComparer.Ordinal));
    }
}
