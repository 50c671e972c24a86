using System.Threading;
using Aims.Analyzers.Diagnostics;
using Aims.Manifest.Catalog;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A call, object creation or method group that reaches an AI model or service: the member it calls, why it matches,
/// the SDK and provider to name (for raw HTTP, the provider of the model host), and whether it bound to a member (a call
/// that did not is known by its receiver, see <see cref="UnboundCall"/>). Shared by the analyzer and the generator.
/// </summary>
internal sealed record ModelCallSite(string Callee, ModelCallMatch Match, string Sdk, ModelProvider? Provider, bool Bound)
{
    public AiCallCategory Category => AiCallKinds.CategoryOf(Match.Kind);

    public static ModelCallSite? Find(IOperation operation, ModelCallDetector detector, CancellationToken cancellationToken)
    {
        if (operation is IInvalidOperation invalid)
        {
            return UnboundCall.Find(invalid, detector, cancellationToken);
        }

        var method = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };

        if (method is null || detector.Match(method) is not { } match || ExpressionTrees.Contain(operation))
        {
            return null;
        }

        if (match.Kind != AiCallKind.HttpEndpoint)
        {
            if (operation is IInvocationOperation invocation &&
                (KernelFunctionOrigin.RunsOnlyCode(invocation, cancellationToken) || MlTransformerOrigin.RunsNoModel(invocation, cancellationToken) ||
                 WorkflowOrigin.RunsNoAgent(invocation, cancellationToken)))
            {
                return null;
            }

            if (match.Provider == ModelProviders.OpenAI && operation is IInvocationOperation deployment && AzureOpenAIOrigin.IsFromAzureClient(deployment, cancellationToken))
            {
                return new ModelCallSite(SymbolNames.Callee(method), match, ModelProviders.AzureOpenAI.Name, ModelProviders.AzureOpenAI, Bound: true);
            }

            return new ModelCallSite(SymbolNames.Callee(method), match, match.Sdk, match.Provider, Bound: true);
        }

        // A method group of HttpClient has no URL yet; only a call with a constant model-host URL counts, given whole or
        // relative to the client's constant base address.
        if (operation is IInvocationOperation call &&
            ConstantUrlReader.ReadRequestUrl(call, cancellationToken) is { } url &&
            (ModelHosts.Find(url) ?? ThroughBaseAddress(call, url, cancellationToken)) is { } host)
        {
            return new ModelCallSite(SymbolNames.Callee(method), match, AiSdkCatalog.HttpSdk + " to " + host.ProviderName, ModelProviders.OfHost(host), Bound: true);
        }

        return null;
    }

    private static ModelHost? ThroughBaseAddress(IInvocationOperation call, string url, CancellationToken cancellationToken) =>
        HttpClientBaseAddress.Resolve(call, url, cancellationToken) is { } resolved ? ModelHosts.Find(resolved) : null;
}
