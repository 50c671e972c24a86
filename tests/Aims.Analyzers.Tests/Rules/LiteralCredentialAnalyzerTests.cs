using Aims.Analyzers.Tests.Harness;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.LiteralCredentialAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS014: credentials written as literals where AI SDKs take credentials.</summary>
public sealed class LiteralCredentialAnalyzerTests
{
    private static Task VerifyAsync(string source) => new Test().WithSource(source).RunAsync();

    private static Task VerifyWithStubsAsync(string source) => new Test { References = TestReferences.EverySdk }.WithSource(source).RunAsync();

    [Fact]
    public Task Literal_keys_given_to_OpenAI_clients_and_credentials_are_reported() => VerifyAsync("""
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;
        public static class Setup
        {
            public static void Run(ApiKeyCredential rotating)
            {
                _ = new OpenAIClient(new ApiKeyCredential({|AIMS014:"my-company-key"|}));
                _ = new ChatClient("gpt-4o-2024-08-06", {|AIMS014:"sk-proj-abcdefghijklmnopqrstuvwxyz012345"|});
                _ = new OpenAIClient({|AIMS014:"placeholder"|});
                _ = new ChatClient(model: "gpt-4o-2024-08-06", apiKey: {|AIMS014:"placeholder"|});
                const string Key = "team-key";
                _ = new ApiKeyCredential({|AIMS014:Key|});
                rotating.Update({|AIMS014:"next-key"|});
            }
        }
        """);

    [Fact]
    public Task Literal_keys_and_tokens_on_Anthropic_clients_options_and_credentials_are_reported() => VerifyAsync("""
        using Anthropic;
        using Anthropic.Core;
        using Anthropic.Credentials;
        public static class Setup
        {
            public static void Run()
            {
                _ = new AnthropicClient { ApiKey = {|AIMS014:"sk-ant-api03-abcdefghijklmnopqrstuvwxyz"|} };
                _ = new AnthropicClient { AuthToken = {|AIMS014:"oauth-token"|}, WebhookKey = {|AIMS014:"whsec"|} };
                _ = new AnthropicClient(new ClientOptions { ApiKey = {|AIMS014:"key"|}, BaseUrl = "https://api.anthropic.com" });
                _ = new StaticTokenCredentials({|AIMS014:"token"|});
                _ = new AccessToken({|AIMS014:"token"|});
            }
        }
        """);

    [Fact]
    public Task Literal_keys_given_to_stubbed_SDKs_are_reported_and_the_names_beside_them_are_not() => VerifyWithStubsAsync("""
        using System;
        using Amazon.Runtime;
        using Azure;
        public static class Setup
        {
            public static void Run()
            {
                _ = new Azure.AI.OpenAI.OpenAIClient(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential({|AIMS014:"azure-key"|}));
                _ = new Azure.AI.OpenAI.OpenAIClient({|AIMS014:"openai-key"|});
                _ = new AzureNamedKeyCredential("account-name", {|AIMS014:"account-key"|});
                _ = new Google.GenAI.Client(apiKey: {|AIMS014:"gemini-key"|});
                _ = new BasicAWSCredentials("AKIAEXAMPLE", {|AIMS014:"aws-secret"|});
                _ = new SessionAWSCredentials("AKIAEXAMPLE", {|AIMS014:"aws-secret"|}, {|AIMS014:"session-token"|});
            }
        }
        """);

    [Fact]
    public Task A_literal_in_a_provider_key_format_is_reported_wherever_it_goes_in_an_AI_SDK() => VerifyAsync("""
        using Microsoft.Extensions.AI;
        public static class Setup
        {
            public static void Run(ChatOptions options, IChatClient chat)
            {
                _ = chat.GetService(typeof(object), {|AIMS014:"sk-proj-abcdefghijklmnopqrstuvwxyz012345"|});
                options.AdditionalProperties!["api-key"] = {|AIMS014:"sk-proj-abcdefghijklmnopqrstuvwxyz012345"|};
                options.AdditionalProperties!["hf"] = {|AIMS014:"hf_abcdefghijklmnopqrstuvwxyz0123456789"|};
                options.AdditionalProperties!["google"] = {|AIMS014:"AIzaSyA0123456789abcdefghijklmnopqrstuv"|};
                options.AdditionalProperties!["short"] = "sk-short";
            }
        }
        """);

    [Fact]
    public Task Consts_of_the_project_are_followed_and_consts_of_references_casts_and_concatenations_are_not() => new Test
    {
        References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", "public static class SharedKeys { public const string OpenAI = \"shared-key\"; }")),
    }.WithSource("""
        using System.ClientModel;
        public static class Keys
        {
            public const string Team = "team-key";
        }
        public static class Setup
        {
            public static void Run()
            {
                const string Local = "local-key";
                _ = new ApiKeyCredential({|AIMS014:Keys.Team|});
                _ = new ApiKeyCredential({|AIMS014:Local|});
                _ = new ApiKeyCredential(SharedKeys.OpenAI);
                _ = new ApiKeyCredential((string)"cast-key");
                _ = new ApiKeyCredential("concatenated-" + "key");
            }
        }
        """).RunAsync();

    [Fact]
    public Task Keys_read_from_the_environment_or_configuration_are_not_reported() => VerifyAsync("""
        using System;
        using System.ClientModel;
        using OpenAI;
        using OpenAI.Chat;
        public static class Setup
        {
            public static void Run(string keyFromVault)
            {
                _ = new OpenAIClient(new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!));
                _ = new ChatClient("gpt-4o-2024-08-06", keyFromVault);
                _ = new ApiKeyCredential(keyFromVault);
                _ = new ApiKeyCredential("");
            }
        }
        """);

    [Fact]
    public Task Dictionary_keys_and_non_credential_parameters_named_key_or_token_are_not_reported() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.AI;
        using OpenAI.Chat;
        public static class Cache
        {
            public static void Store(string key, string value) { }
        }
        public static class Setup
        {
            public static void Run(IChatClient chat, ChatOptions options)
            {
                _ = new AdditionalPropertiesDictionary { { "Date", DateTime.UtcNow }, { "key", "value" } };
                options.AdditionalProperties = new() { ["Date"] = "2024-01-01" };
                options.AdditionalProperties.Add("key", "value");
                _ = options.AdditionalProperties.ContainsKey("key");
                new Dictionary<string, string>().Add(key: "tenant", value: "contoso");
                Cache.Store(key: "answer", value: "42");
                _ = chat.GetService(typeof(string), "service-key");
                _ = new ChatOptions { ConversationId = "conversation-1", ModelId = "gpt-4o-2024-08-06" };
                _ = OpenAIChatModelFactory.ChatTokenLogProbabilityDetails(token: "hello", logProbability: -0.1f);
            }
        }
        """);

    [Fact]
    public Task Look_alike_credential_types_and_user_types_in_an_SDK_namespace_are_not_reported() => VerifyAsync("""
        namespace Contoso.Security
        {
            public sealed class ApiKeyCredential { public ApiKeyCredential(string key) { } }
        }

        namespace OpenAI.Contoso
        {
            public sealed class Settings
            {
                public Settings(string apiKey) { }
                public string? ApiKey { get; set; }
            }
        }

        public static class Setup
        {
            public static void Run()
            {
                _ = new Contoso.Security.ApiKeyCredential("not-an-sdk-credential");
                _ = new OpenAI.Contoso.Settings("not-an-sdk-key") { ApiKey = "not-an-sdk-key" };
                _ = new OpenAI.OpenAIClient(new System.ClientModel.ApiKeyCredential({|AIMS014:"sdk-key"|}));
            }
        }
        """);

    [Fact]
    public async Task The_message_never_repeats_the_secret()
    {
        var diagnostics = await new Test().WithSource("""
            public static class Setup
            {
                public static object Run() => new System.ClientModel.ApiKeyCredential({|AIMS014:"sk-live-0123456789abcdef0123"|});
            }
            """).RunAsync();
        var message = Assert.Single(diagnostics).GetMessage();
        Assert.DoesNotContain("sk-live", message, StringComparison.Ordinal);
        Assert.Equal("A credential is written as a literal where 'ApiKeyCredential' is created; read it from configuration or a secret store", message);
    }
}
