using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>Raw HttpClient calls count as model calls when their URL is a constant on a well-known model host.</summary>
public sealed class HttpEndpointTests
{
    private static Task VerifyFrameworkOnlyAsync(string markup) =>
        new Verify { References = Harness.TestReferences.FrameworkOnly }.WithSource(markup).RunAsync();

    [Fact]
    public Task Literal_const_interpolated_and_Uri_urls_on_model_hosts_are_reported() => VerifyFrameworkOnlyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        public static class RawHttp
        {
            private const string OpenAi = "https://api.openai.com/v1";
            private const string Anthropic = "https://api.anthropic.com/v1/messages";
            public static async Task RunAsync(HttpClient http, HttpContent body)
            {
                _ = await {|AIMS001:http.PostAsync("https://api.openai.com/v1/chat/completions", body)|};
                _ = await {|AIMS001:http.PostAsync(Anthropic, body)|};
                _ = await {|AIMS001:http.PostAsync($"{OpenAi}/embeddings", body)|};
                _ = await {|AIMS001:http.PostAsJsonAsync(new Uri("https://contoso.openai.azure.com/openai/deployments/gpt4o/chat/completions"), new { })|};
                _ = await {|AIMS001:http.PostAsync("https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse", body)|};
                _ = await {|AIMS001:http.PostAsync("https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent", body)|};
                _ = await {|AIMS001:http.PostAsync("http://localhost:11434/api/generate", body)|};
            }
        }
        """);

    [Fact]
    public Task Request_messages_built_inline_or_in_a_local_are_reported() => VerifyFrameworkOnlyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        public static class RawHttp
        {
            public static async Task RunAsync(HttpClient http)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.mistral.ai/v1/chat/completions");
                _ = await {|AIMS001:http.SendAsync(request)|};
                _ = await {|AIMS001:http.SendAsync(new HttpRequestMessage { Method = HttpMethod.Post, RequestUri = new Uri("https://api-inference.huggingface.co/models/gpt2") })|};
                var url = "https://api.anthropic.com/v1/messages";
                _ = await {|AIMS001:http.GetAsync(url)|};
            }
        }
        """);

    [Fact]
    public Task Other_hosts_lookalikes_and_non_constant_urls_are_not_reported() => VerifyFrameworkOnlyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        public static class RawHttp
        {
            public static async Task RunAsync(HttpClient http, string dynamicUrl, HttpContent body)
            {
                _ = await http.GetAsync("https://api.github.com/repos");
                _ = await http.GetAsync("https://api.openai.com.evil.example/v1/chat");
                _ = await http.GetAsync("https://notapi.openai.com/");
                _ = await http.GetAsync("https://bedrock-runtime.amazonaws.com/");
                _ = await http.PostAsync(dynamicUrl, body);
                _ = await http.PostAsync("v1/chat/completions", body);
                Func<string, Task<HttpResponseMessage>> get = http.GetAsync;
                _ = "https://api.openai.com/v1/chat/completions";
            }
        }
        """);
}
