using System.Text;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Catalog;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// docs/rules/AIMS010.md lists the pinned forms of the provider table and the models that cannot be pinned from their
/// tables (AIMS_UPDATE_DOCS=1 re-renders them); the examples and rows mean what the page says.
/// </summary>
public sealed class PinnedModelsDocumentationTests
{
    private const string DocumentPath = "docs/rules/AIMS010.md";

    [Fact]
    public void The_rule_page_lists_the_pinned_form_of_each_provider()
    {
        var text = new StringBuilder(PinnedFormsTable());
        var unpinnable = UnpinnableModels.All.Where(model => model.Pattern == UnpinnableModel.EveryModel).Select(model => model.Provider).ToList();
        text.Append("\nNo identifier pins any model of ").Append(string.Join(", ", unpinnable.Select(provider => provider.Name))).Append(" (see below).\n");
        text.Append("Not checked, as their identifiers name deployments or repositories or their versioning is not known here: ")
            .Append(string.Join(", ", ModelProviders.All.Where(provider => provider.PinnedForm is null && !unpinnable.Contains(provider)).Select(provider => provider.Name)))
            .Append(".\n");

        GeneratedRegion.AssertMatches(DocumentPath, "pinned-forms", text.ToString(), "AIMS_UPDATE_DOCS");
    }

    [Fact]
    public void The_rule_page_lists_the_models_that_cannot_be_pinned()
    {
        GeneratedRegion.AssertMatches(DocumentPath, "unpinnable-models", UnpinnableModelsTable(), "AIMS_UPDATE_DOCS");
    }

    /// <summary>The pinned form of each provider, as the rule page and the SDK catalogue show it.</summary>
    internal static string PinnedFormsTable()
    {
        var text = new StringBuilder("| provider | pinned form | example |\n|---|---|---|\n");
        foreach (var providers in ModelProviders.All.Where(provider => provider.PinnedForm is not null).GroupBy(provider => provider.PinnedForm!))
        {
            text.Append($"| {string.Join(", ", providers.Select(provider => provider.Name))} | {providers.Key.Description} | `{providers.Key.Example}` |\n");
        }

        var neutral = ModelProviders.SemanticVersion;
        text.Append($"| none named (the provider-neutral SDKs {string.Join(", ", ModelProviders.ProviderNeutralNamespaces.Select(ns => $"`{ns}`"))}, or an `[AiModel]` provider not above) | any of the forms above, or {neutral.Description} | `{neutral.Example}` |\n");
        return text.ToString();
    }

    /// <summary>The models that cannot be pinned, as the rule page and the SDK catalogue show them.</summary>
    internal static string UnpinnableModelsTable()
    {
        var text = new StringBuilder("| provider | model | source |\n|---|---|---|\n");
        foreach (var model in UnpinnableModels.All)
        {
            text.Append($"| {model.Provider.Name} | `{model.Pattern}` | <{model.Source}> |\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("OpenAI", "text-embedding-3-small")]
    [InlineData("Azure OpenAI", "whisper-1")]
    [InlineData("Ollama", "llama3.1")]
    [InlineData("Ollama", "llama3.1:8b")]
    [InlineData(null, "llama3.1:8b")]
    public void A_model_that_cannot_be_pinned_is_not_counted_as_pinned(string? provider, string modelId) =>
        Assert.False(ModelProviders.IsPinned(ModelProviders.OfName(provider), modelId));

    [Fact]
    public void Each_pinned_example_is_pinned_for_every_provider_of_its_form_and_for_no_provider_named()
    {
        foreach (var provider in ModelProviders.All.Where(provider => provider.PinnedForm is not null))
        {
            Assert.True(ModelProviders.IsPinned(provider, provider.PinnedForm!.Example), $"{provider.Name}: {provider.PinnedForm.Example}");
            Assert.True(ModelProviders.IsPinned(null, provider.PinnedForm.Example), provider.PinnedForm.Example);
        }

        Assert.True(ModelProviders.IsPinned(null, ModelProviders.SemanticVersion.Example));
    }

    [Fact]
    public void Each_unpinnable_model_is_not_pinned_by_its_providers_form_and_cites_a_page()
    {
        Assert.All(UnpinnableModels.All, model =>
        {
            Assert.False(model.Provider.PinnedForm?.Matches(model.Pattern) ?? false, model.Pattern);
            Assert.StartsWith("https://", model.Source, StringComparison.Ordinal);
        });
    }
}
