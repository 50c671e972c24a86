using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Azure.AI.OpenAI 2.x hands out the OpenAI SDK's own clients for a deployment (<c>azure.GetChatClient("deployment")</c>
/// and the other <c>Get…Client</c> methods): the client's type says OpenAI, but where the code shows that the client
/// came from an AzureOpenAIClient, inline or through locals that nothing assigns again, its calls go to Azure OpenAI.
/// A client from a parameter, a field or a service container keeps the provider its type names.
/// </summary>
internal static class AzureOpenAIOrigin
{
    private const int MostLocalsFollowed = 4;

    public static bool IsFromAzureClient(IInvocationOperation call, CancellationToken cancellationToken) =>
        OperationValues.ReceiverOf(call) is { } client && ComesFromAzureClient(client, MostLocalsFollowed, cancellationToken);

    private static bool ComesFromAzureClient(IOperation value, int localsLeft, CancellationToken cancellationToken) => value.WithoutConversions() switch
    {
        IInvocationOperation { TargetMethod.Name: var name, Instance: { } factory }
            when name.StartsWith("Get", StringComparison.Ordinal) && name.EndsWith("Client", StringComparison.Ordinal) =>
            IsAzureOpenAIClient(factory.Type),
        ILocalReferenceOperation local when localsLeft > 0 =>
            OperationValues.OnlyValueOf(local, cancellationToken) is { } initial && ComesFromAzureClient(initial, localsLeft - 1, cancellationToken),
        _ => false,
    };

    private static bool IsAzureOpenAIClient(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "AzureOpenAIClient" && SdkSymbols.IsSdkType(current, "Azure.AI.OpenAI"))
            {
                return true;
            }
        }

        return false;
    }
}
