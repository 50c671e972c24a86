using Aims.Analyzers.CodeFixes;
using Aims.Analyzers.Rules;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aims.Analyzers.Tests.CodeFixes;

/// <summary>The fixes of the governance rules: exact edits, nothing invented, placeholders that AIMS017 reports.</summary>
public sealed class GovernanceCodeFixTests
{
    private static async Task<(string Text, Project Project, CodeFixTest Test)> FixAsync(
        DocumentFixProvider provider, DiagnosticAnalyzer analyzer, string source, bool fixAll = false)
    {
        var test = new CodeFixTest(provider, analyzer).WithSources(("Code.cs", source));
        var solution = fixAll
            ? await test.FixAllAsync(provider.FixableDiagnosticIds[0], FixAllScope.Document)
            : await test.ApplyAsync(provider.FixableDiagnosticIds[0]);
        var project = solution.Projects.Single();
        var text = (await project.Documents.Single().GetTextAsync()).ToString();
        Assert.Empty((await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await test.DiagnosticsAsync(project));
        return (text, project, test);
    }

    private static async Task<IEnumerable<string>> IdsAsync(CodeFixTest test, Project project) =>
        (await test.DiagnosticsAsync(project, new GovernanceValueAnalyzer())).Select(d => d.Id);

    [Fact]
    public async Task HumanOversight_is_added_beside_the_declaration_with_a_reviewer_placeholder()
    {
        var (text, project, test) = await FixAsync(new AddHumanOversightFixProvider(), new HighRiskDutiesAnalyzer(), """
            using Aims;

            namespace Credit;

            /// <summary>Scores applications.</summary>
            [AiSystem("credit", Purpose = "Scores", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "IA-1")]
            [DataSource("applications")]
            [AiEventLogging("scores", RetentionDays = 365)]
            public sealed class CreditScorer { }
            """);

        Assert.Equal("""
            using Aims;

            namespace Credit;

            /// <summary>Scores applications.</summary>
            [AiSystem("credit", Purpose = "Scores", Owner = "Risk", Risk = AiRiskLevel.High, ImpactAssessment = "IA-1")]
            [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "<reviewer>")]
            [DataSource("applications")]
            [AiEventLogging("scores", RetentionDays = 365)]
            public sealed class CreditScorer { }
            """, text);
        Assert.Equal(["AIMS017"], await IdsAsync(test, project));
    }

    [Fact]
    public async Task DataSource_is_added_to_an_assembly_level_declaration_as_a_placeholder_not_an_invalid_id()
    {
        var (text, project, test) = await FixAsync(new AddDataSourceFixProvider(), new DataGovernanceAnalyzer(), """
            [assembly: Aims.AiSystem("whole-app", Purpose = "p", Owner = "o", Risk = Aims.AiRiskLevel.Minimal)]
            """);

        Assert.Contains("[assembly: DataSource(\"<data-source>\")]", text, StringComparison.Ordinal);
        Assert.Equal(["AIMS017"], await IdsAsync(test, project));
    }

    [Fact]
    public async Task Fix_all_adds_event_logging_to_every_high_risk_system_in_the_document()
    {
        var (text, _, _) = await FixAsync(new AddEventLoggingFixProvider(), new HighRiskDutiesAnalyzer(), """
            using Aims;
            [AiSystem("a", Purpose = "p", Owner = "o", Risk = AiRiskLevel.High, ImpactAssessment = "IA")]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            [DataSource("d")]
            public sealed class A { }
            public sealed class Holder
            {
                [AiSystem("b", Purpose = "p", Owner = "o", Risk = AiRiskLevel.High, ImpactAssessment = "IA")]
                [HumanOversight(OversightMode.HumanInTheLoop)]
                [DataSource("d")]
                public void B() { }
            }
            """, fixAll: true);

        Assert.Equal(2, text.Split("[AiEventLogging(\"<events>\")]").Length - 1);
    }

    [Fact]
    public async Task Owner_and_purpose_placeholders_fill_what_is_missing_or_blank_and_keep_what_is_written()
    {
        var (text, project, test) = await FixAsync(new AddOwnerAndPurposeFixProvider(), new AccountabilityAnalyzer(), """
            using Aims;
            [AiSystem("a", Purpose = "", Risk = AiRiskLevel.Minimal)]
            [DataSource("d")]
            public sealed class A { }
            [AiSystem("b", Owner = "Team B", Risk = AiRiskLevel.Minimal)]
            [DataSource("d")]
            public sealed class B { }
            [AiSystem("c", Risk = AiRiskLevel.Minimal)]
            [DataSource("d")]
            public sealed class C { }
            """, fixAll: true);

        Assert.Contains("[AiSystem(\"a\", Purpose = \"<purpose>\", Risk = AiRiskLevel.Minimal, Owner = \"<owner>\")]", text, StringComparison.Ordinal);
        Assert.Contains("[AiSystem(\"b\", Owner = \"Team B\", Risk = AiRiskLevel.Minimal, Purpose = \"<purpose>\")]", text, StringComparison.Ordinal);
        Assert.Contains("[AiSystem(\"c\", Risk = AiRiskLevel.Minimal, Purpose = \"<purpose>\", Owner = \"<owner>\")]", text, StringComparison.Ordinal);
        Assert.Equal(5, (await IdsAsync(test, project)).Count(id => id == "AIMS017"));
    }

    [Fact]
    public async Task Impact_assessment_lawful_basis_and_justification_placeholders_are_added()
    {
        var (impact, _, _) = await FixAsync(new AddImpactAssessmentFixProvider(), new HighRiskDutiesAnalyzer(), """
            using Aims;
            [AiSystem("a", Purpose = "p", Owner = "o", Risk = AiRiskLevel.High)]
            [HumanOversight(OversightMode.HumanInTheLoop)]
            [DataSource("d")]
            [AiEventLogging("e")]
            public sealed class A { }
            """);
        Assert.Contains("ImpactAssessment = \"<impact assessment reference>\"", impact, StringComparison.Ordinal);

        var (lawful, _, _) = await FixAsync(new AddLawfulBasisFixProvider(), new DataGovernanceAnalyzer(), """
            using Aims;
            [AiSystem("a")]
            [DataSource("records", ContainsPersonalData = true)]
            public sealed class A { }
            """);
        Assert.Contains("[DataSource(\"records\", ContainsPersonalData = true, LawfulBasis = \"<lawful basis>\")]", lawful, StringComparison.Ordinal);

        var (justified, _, _) = await FixAsync(new AddJustificationFixProvider(), new ApplicabilityAnalyzer(), """
            [assembly: Aims.AiControlApplicability("A.10.4", false)]
            """);
        Assert.Contains("[assembly: Aims.AiControlApplicability(\"A.10.4\", false, Justification = \"<justification>\")]", justified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Literal_credentials_become_reads_of_the_providers_environment_variable()
    {
        var (text, _, _) = await FixAsync(new ReadCredentialFromEnvironmentFixProvider(), new LiteralCredentialAnalyzer(), """
            using System;
            using System.ClientModel;
            using Anthropic;
            using OpenAI;
            public static class Setup
            {
                public static OpenAIClient OpenAi() => new OpenAIClient(new ApiKeyCredential("sk-proj-0123456789abcdefghij"));
                public static AnthropicClient Claude() => new AnthropicClient { ApiKey = "sk-ant-0123456789abcdefghij" };
                public static AnthropicClient Token() => new AnthropicClient { AuthToken = "token-0123456789" };
                public static AnthropicClient Webhooks() => new AnthropicClient { WebhookKey = "whsec-0123456789" };
            }
            """, fixAll: true);

        Assert.Contains("new OpenAIClient(new ApiKeyCredential(Environment.GetEnvironmentVariable(\"OPENAI_API_KEY\") ?? throw new InvalidOperationException(\"OPENAI_API_KEY is not set\")))", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = Environment.GetEnvironmentVariable(\"ANTHROPIC_API_KEY\") ?? throw new InvalidOperationException(\"ANTHROPIC_API_KEY is not set\")", text, StringComparison.Ordinal);
        Assert.Contains("AuthToken = Environment.GetEnvironmentVariable(\"ANTHROPIC_AUTH_TOKEN\") ?? throw new InvalidOperationException(\"ANTHROPIC_AUTH_TOKEN is not set\")", text, StringComparison.Ordinal);
        Assert.Contains("WebhookKey = Environment.GetEnvironmentVariable(\"ANTHROPIC_WEBHOOK_SIGNING_KEY\") ?? throw new InvalidOperationException(\"ANTHROPIC_WEBHOOK_SIGNING_KEY is not set\")", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789\"", text, StringComparison.Ordinal);
    }
}
