using System.Collections.Immutable;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The table of places where AI SDKs take credentials (AIMS014), checked against the SDK assemblies and rendered in
/// docs/rules/AIMS014.md. Names match exactly: a parameter named "key" of a dictionary, or "token" of a log-probability
/// model, is no credential.
/// </summary>
internal static class CredentialSites
{
    /// <summary>
    /// The row for every type of an AI SDK assembly: OpenAI's clients (new ChatClient(model, apiKey)) and Google Gen AI's
    /// Client call the key apiKey; Anthropic's client and options have an ApiKey property. Declared before All.
    /// </summary>
    public static CredentialSite AnySdkType { get; } = Site("any AI SDK", null, ["apiKey"], ["ApiKey"]);

    public static ImmutableArray<CredentialSite> All { get; } = ImmutableArray.Create(
        AnySdkType,
        Site("System.ClientModel (OpenAI)", "System.ClientModel.ApiKeyCredential", ["key"], []),
        Site("Azure.Core (Azure OpenAI)", "Azure.AzureKeyCredential", ["key"], []),
        Site("Azure.Core (Azure OpenAI)", "Azure.AzureNamedKeyCredential", ["key"], []),
        Site("Azure OpenAI 1.0 beta", "Azure.AI.OpenAI.OpenAIClient", ["openAIApiKey"], []),
        Site("Anthropic", "Anthropic.AnthropicClient", [], ["AuthToken", "WebhookKey"]),
        Site("Anthropic", "Anthropic.Core.ClientOptions", [], ["AuthToken", "WebhookKey"]),
        Site("Anthropic", "Anthropic.Credentials.StaticTokenCredentials", ["token"], []),
        Site("Anthropic", "Anthropic.Credentials.StaticIdentityTokenProvider", ["token"], []),
        Site("Anthropic", "Anthropic.Credentials.AccessToken", ["token"], []),
        Site("AWS SDK (Bedrock)", "Amazon.Runtime.BasicAWSCredentials", ["secretKey"], []),
        Site("AWS SDK (Bedrock)", "Amazon.Runtime.SessionAWSCredentials", ["awsSecretAccessKey", "token"], []));

    private static CredentialSite Site(string sdk, string? typeMetadataName, string[] parameters, string[] properties) =>
        new(sdk, typeMetadataName, ImmutableArray.Create(parameters), ImmutableArray.Create(properties));
}
