using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.LiteralCredentialAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS014: credentials written as literals where AI clients or credentials are created.</summary>
public sealed class LiteralCredentialAnalyzerTests
{
    private static Task VerifyAsync(string source) => new Test().WithSource(source).RunAsync();

    [Fact]
    public Task Literal_keys_in_credentials_and_clients_are_reported() => VerifyAsync("""
        using System.ClientModel;
        using Anthropic;
        using OpenAI;
        using OpenAI.Chat;
        public static class Setup
        {
            public static void Run()
            {
                _ = new OpenAIClient(new ApiKeyCredential({|AIMS014:"my-company-key"|}));
                _ = new ChatClient("gpt-4o-2024-08-06", {|AIMS014:"sk-proj-abcdefghijklmnopqrstuvwxyz012345"|});
                _ = new OpenAIClient({|AIMS014:"sk-abcdefghijklmnopqrstuvwx"|});
                _ = new AnthropicClient { ApiKey = {|AIMS014:"sk-ant-api03-abcdefghijklmnopqrstuvwxyz"|} };
            }
        }
        """);

    [Fact]
    public Task Keys_read_from_the_environment_or_configuration_are_not_reported() => VerifyAsync("""
        using System;
        using System.ClientModel;
        using Microsoft.Extensions.AI;
        using OpenAI;
        using OpenAI.Chat;
        public static class Setup
        {
            public static void Run(string keyFromVault, IChatClient chat)
            {
                _ = new OpenAIClient(new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY")!));
                _ = new ChatClient("gpt-4o-2024-08-06", keyFromVault);
                _ = new ApiKeyCredential(keyFromVault);
                _ = chat.GetService(typeof(string), "service-key");
                _ = new ChatOptions { ConversationId = "conversation-1", ModelId = "gpt-4o-2024-08-06" };
                _ = new ApiKeyCredential("");
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
