using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.PolicyAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>
/// The AI policy file: providers (AIMS028), models (AIMS029), hosting and endpoints (AIMS030), the facts of a risk level
/// (AIMS031), supplier agreements for personal data (AIMS032), tools (AIMS033), and a file that cannot be applied
/// (AIMS027), which never lets everything through.
/// </summary>
public sealed class PolicyAnalyzerTests
{
    private const string Calls = """
        using System.Threading.Tasks;
        using Anthropic;
        using OpenAI;
        using OpenAI.Chat;
        public sealed class Router(ChatClient openAi, Anthropic.AnthropicClient anthropic)
        {
            public Task Route(string t) => {|AIMS028:openAi.CompleteChatAsync(t)|};
            public object Client(OpenAIClient client) => client.GetChatClient({|AIMS029:"gpt-4o"|});
            public object Pinned(OpenAIClient client) => client.GetChatClient("gpt-4o-2024-08-06");
        }
        """;

    private static Test With(string policy)
    {
        var test = new Test { References = Harness.TestReferences.EverySdk };
        test.AdditionalFiles.Add(("/repo/ai-policy.json", policy, new() { [Aims.Analyzers.Rules.PolicyAnalyzer.PolicyMetadata] = "true" }));
        return test;
    }

    [Fact]
    public async Task A_forbidden_provider_is_an_error_at_the_call_and_an_unpinned_model_at_its_id()
    {
        var diagnostics = await With("""
            { "name": "Contoso AI policy", "version": "2026.1", "providers": { "forbidden": ["OpenAI"] }, "models": { "requirePinned": true } }
            """).WithSource(Calls).RunAsync();

        Assert.Equal(
            ["'Router.Route' calling 'ChatClient.CompleteChatAsync' uses provider 'OpenAI', but the AI policy 'Contoso AI policy' does not allow it: it forbids provider 'OpenAI'",
             "Model 'gpt-4o' is not allowed by the AI policy 'Contoso AI policy': it requires models pinned to a version or dated snapshot"],
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()));
        Assert.All(diagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public Task An_allow_list_lets_only_what_it_names_through() =>
        With("""
            { "name": "EU only", "version": "1", "providers": { "allowed": ["Azure OpenAI", "Anthropic"] }, "models": { "allowed": ["gpt-4o-2024-*", "claude-*"] } }
            """).WithSource(Calls).RunAsync();

    [Theory]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"providers\": { \"forbiden\": [\"OpenAI\"] } }", "providers has 'forbiden', which the policy format does not know (known: allowed, forbidden)")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"providers\": { \"allowed\": [\"OpenAl\"] } }", "names provider 'OpenAl' in allowed, which is none of")]
    [InlineData("{ \"name\": \"P\" ", "is not valid JSON")]
    [InlineData("{ \"version\": \"1\" }", "name")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"hosting\": { \"allowed\": [\"Cloud\"] } }", "names 'Cloud' in allowed, which is none of Api, SelfHosted, OnDevice")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"riskLevels\": { \"Severe\": [] } }", "has risk level 'Severe'")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"riskLevels\": { \"High\": [\"Oversight\"] } }", "requires 'Oversight' of High systems, which is none of the facts")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"tools\": { \"allowedEffects\": [\"Safe\"] } }", "names 'Safe' in allowedEffects")]
    [InlineData("{ \"name\": \"P\", \"version\": \"1\", \"personalData\": { \"requireSupplierAgreement\": \"yes\" } }", "requireSupplierAgreement")]
    public async Task A_policy_that_cannot_be_applied_is_one_error_at_the_file_and_checks_nothing(string policy, string reason)
    {
        var diagnostics = await With(policy).WithSource(Calls.Replace("{|AIMS028:", "", StringComparison.Ordinal).Replace("{|AIMS029:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal)).RunForAnyDiagnosticsAsync();

        var error = Assert.Single(diagnostics);
        Assert.Equal("AIMS027", error.Id);
        Assert.Equal("/repo/ai-policy.json", error.Location.GetLineSpan().Path);
        Assert.Contains(reason, error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Without_a_policy_file_nothing_is_checked() =>
        new Test { References = Harness.TestReferences.EverySdk }.WithSource(Calls.Replace("{|AIMS028:", "", StringComparison.Ordinal).Replace("{|AIMS029:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal)).RunAsync();

    [Fact]
    public Task Only_allowed_model_endpoints_may_be_written_in_code() =>
        With("""
            { "name": "EU resources", "version": "1", "hosting": { "endpoints": ["contoso-eu-*.openai.azure.com", "localhost:11434"] } }
            """).WithSource("""
            using System;
            using OpenAI;
            public static class Clients
            {
                public static OpenAIClientOptions Us => new() { Endpoint = new Uri({|AIMS030:"https://contoso-us.openai.azure.com/openai/v1/"|}) };
                public static OpenAIClientOptions Eu => new() { Endpoint = new Uri("https://contoso-eu-sweden.openai.azure.com/openai/v1/") };
                public static Uri Local => new("http://localhost:11434/api/chat");
                public static Uri NoModelHost => new("https://example.com/");
            }
            """).RunAsync();

    private const string Declarations = """
        using Aims;
        [AiSystem("triage", Owner = "support", Purpose = "Routes tickets", Risk = AiRiskLevel.High)]
        [DataSource("crm", ContainsPersonalData = true, LawfulBasis = "contract")]
        [AiModel("OpenAI", "gpt-4o", Hosting = AiModelHosting.Api)]
        public sealed class Triage { }

        [AiSystem("summaries", Owner = "support", Purpose = "Summarises tickets", Risk = AiRiskLevel.Limited)]
        [DataSource("tickets", ContainsPersonalData = true, LawfulBasis = "contract")]
        [AiModel("Azure OpenAI", "gpt-4o-2024-08-06", Hosting = AiModelHosting.Api, SupplierAgreement = "MSA-2024-017")]
        [AiModel("in-house", "ticket-classifier-2025-03-01", Hosting = AiModelHosting.SelfHosted)]
        public sealed class Summaries { }

        [AiSystem("search", Owner = "support", Purpose = "Finds answers", Risk = AiRiskLevel.Minimal)]
        [DataSource("faq", ContainsPersonalData = true, LawfulBasis = "contract")]
        public sealed class Search { }
        """;

    [Fact]
    public async Task Declarations_are_checked_against_every_section_of_the_policy()
    {
        var diagnostics = await With("""
            {
              "name": "Contoso", "version": "3",
              "providers": { "forbidden": ["OpenAI"] },
              "models": { "requirePinned": true },
              "hosting": { "allowed": ["Api", "SelfHosted"] },
              "riskLevels": { "High": ["HumanOversight", "ImpactAssessment", "AiModel"], "Limited": ["Owner"] },
              "personalData": { "requireSupplierAgreement": true }
            }
            """).WithSource(Declarations).RunForAnyDiagnosticsAsync();

        Assert.Equal(
            string.Join("\n", new[] {"AIMS028: The [AiModel] declaration uses provider 'OpenAI', but the AI policy 'Contoso' does not allow it: it forbids provider 'OpenAI'",
             "AIMS029: Model 'gpt-4o' is not allowed by the AI policy 'Contoso': it requires models pinned to a version or dated snapshot",
             "AIMS031: AI system 'triage' is of risk level High, and the AI policy 'Contoso' requires ImpactAssessment of such systems",
             "AIMS031: AI system 'triage' is of risk level High, and the AI policy 'Contoso' requires [HumanOversight] of such systems",
             "AIMS032: AI system 'search' handles personal data, but it declares no [AiModel], so no supplier agreement is shown: the AI policy 'Contoso' lets personal data reach a model at a supplier only under a declared supplier agreement",
             "AIMS032: AI system 'triage' handles personal data, but model 'gpt-4o' runs at the supplier (Api) and declares no SupplierAgreement: the AI policy 'Contoso' lets personal data reach a model at a supplier only under a declared supplier agreement"}),
            string.Join("\n", diagnostics.Select(d => $"{d.Id}: {d.GetMessage()}").Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task A_model_that_does_not_state_its_hosting_is_not_shown_to_comply()
    {
        var diagnostics = await With("""
            { "name": "On premises", "version": "1", "hosting": { "allowed": ["SelfHosted", "OnDevice"] } }
            """).WithSource("""
            using Aims;
            [AiSystem("local", Owner = "ml", Purpose = "Classifies")]
            [AiModel("in-house", "classifier-7")]
            [AiModel("in-house", "ranker-2", Hosting = AiModelHosting.OnDevice)]
            public sealed class Local { }
            """).RunForAnyDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Hosting 'Unspecified' is not allowed by the AI policy 'On premises': it allows only hosting 'SelfHosted', 'OnDevice' and the model does not state where it runs", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Tools_are_checked_by_name_and_by_effect()
    {
        var diagnostics = await With("""
            { "name": "Read-only agents", "version": "1", "tools": { "allowedEffects": ["ReadOnly"] } }
            """).WithSource("""
            using Microsoft.Extensions.AI;
            public static class Tools
            {
                public static string GetWeather(string city) => city;
                public static void SendEmail(string to) { }
                public static object[] All() => [AIFunctionFactory.Create(GetWeather), AIFunctionFactory.Create(SendEmail)];
            }
            """).RunForAnyDiagnosticsAsync();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("AIMS033", diagnostic.Id);
        Assert.Contains("it allows only tools whose effect is 'ReadOnly', and this one's is Acting", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("SendEmail", diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
