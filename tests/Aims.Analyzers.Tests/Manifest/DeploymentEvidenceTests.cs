using System.Text.Json;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// A.6.2.5 (AI system deployment) is evidenced only by a model known to be pinned: a stated Version, or an id in the
/// pinned form of its named provider (a semantic version for an in-house model). AIMS010 gives an unknown form the benefit of the doubt; evidence does not.
/// </summary>
public sealed class DeploymentEvidenceTests
{
    [Theory]
    [InlineData("[AiModel(\"OpenAI\", \"gpt-4o-2024-08-06\")]", "evidenced")]
    [InlineData("[AiModel(\"Groq\", \"llama-3.1-70b\", Version = \"2024-10\")]", "evidenced")]
    [InlineData("[AiModel(\"OpenAI\", \"gpt-4o\")]", "gap")]
    [InlineData("[AiModel(\"Groq\", \"llama-3.1-70b\")]", "gap")]
    [InlineData("[AiModel(\"Contoso\", \"scorer-2.1.0\")]", "evidenced")]
    [InlineData("[AiModel(\"Contoso\", \"scorer-2024-08-06\")]", "gap")]
    [InlineData("[AiModel(\"OpenAI\", \"text-embedding-3-small\")]", "gap")]
    [InlineData("", "gap")]
    public void Deployment_is_evidenced_only_by_a_model_known_to_be_pinned(string model, string status)
    {
        var source = $$"""
            using Aims;
            namespace App;
            [AiSystem("assistant", Purpose = "Answers", Owner = "Team", Risk = AiRiskLevel.Limited)]
            {{model}}
            public sealed class Assistant { }
            """;

        var manifest = JsonDocument.Parse(BuildRun.Run(GeneratorRun.Compile([("Assistant.cs", source)])).ManifestJson).RootElement;
        var deployment = manifest.GetProperty("controls").EnumerateArray().Single(control => control.GetProperty("id").GetString() == "A.6.2.5");

        Assert.Equal(status, deployment.GetProperty("status").GetString());
    }
}
