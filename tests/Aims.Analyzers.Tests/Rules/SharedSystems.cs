namespace Aims.Analyzers.Tests.Rules;

/// <summary>A referenced library that declares a system and joins another, for rules that look across assemblies.</summary>
internal static class SharedSystems
{
    public const string Library = """
        using Aims;
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("TestProject")]
        namespace Shared;
        [AiSystem("platform-assistant", Purpose = "Answers platform questions", Owner = "Platform", Risk = AiRiskLevel.Limited)]
        [DataSource("platform-docs")]
        public sealed class PlatformAssistant { }

        [PartOfAiSystem("credit-scoring")]
        [HumanOversight(OversightMode.HumanInTheLoop, Reviewer = "Credit officer")]
        [AiEventLogging("inputs, scores, overrides", RetentionDays = 365)]
        [DataSource("bureau-scores")]
        public sealed class SharedCreditPiece { }
        """;
}
