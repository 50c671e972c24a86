using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Semantic Kernel invokes a KernelFunction the same way whether a prompt or a C# method is behind it. Where the code
/// shows that the function was made from a method, or taken from a plugin made from a type or an object, invoking it
/// runs that code and no model: not a model call. A function of any other origin (a prompt, <c>kernel.Plugins</c>, a
/// parameter, a field, a local assigned more than once) may run a prompt, so its invocation stays one.
/// </summary>
internal static class KernelFunctionOrigin
{
    private const string Namespace = "Microsoft.SemanticKernel";
    private const int MostLocalsFollowed = 4;

    public static bool RunsOnlyCode(IInvocationOperation call, CancellationToken cancellationToken)
    {
        var function = call.TargetMethod.ContainingType switch
        {
            { Name: "KernelFunction" } type when IsSemanticKernel(type) => call.Instance,
            { Name: "Kernel" } type when IsSemanticKernel(type) =>
                call.Arguments.FirstOrDefault(argument => argument.Parameter?.Type is { Name: "KernelFunction" } parameterType && IsSemanticKernel(parameterType))?.Value,
            _ => null,
        };

        return function is not null && IsFunctionFromCode(function, MostLocalsFollowed, cancellationToken);
    }

    private static bool IsFunctionFromCode(IOperation value, int localsLeft, CancellationToken cancellationToken) => value.WithoutConversions() switch
    {
        IInvocationOperation { TargetMethod: var made } =>
            IsSemanticKernel(made.ContainingType) && made.Name is "CreateFromMethod" or "CreateFunctionFromMethod",
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } plugin } indexer =>
            indexer.Property.ContainingType is { Name: "KernelPlugin" } pluginType && IsSemanticKernel(pluginType) &&
            IsPluginFromCode(plugin, localsLeft, cancellationToken),
        ILocalReferenceOperation local when localsLeft > 0 =>
            OperationValues.OnlyValueOf(local, cancellationToken) is { } initial && IsFunctionFromCode(initial, localsLeft - 1, cancellationToken),
        _ => false,
    };

    private static bool IsPluginFromCode(IOperation value, int localsLeft, CancellationToken cancellationToken) => value.WithoutConversions() switch
    {
        IInvocationOperation { TargetMethod: var made } =>
            IsSemanticKernel(made.ContainingType) &&
            made.Name is "CreateFromType" or "CreateFromObject" or "ImportPluginFromType" or "ImportPluginFromObject"
                or "CreatePluginFromType" or "CreatePluginFromObject" or "AddFromType" or "AddFromObject",
        ILocalReferenceOperation local when localsLeft > 0 =>
            OperationValues.OnlyValueOf(local, cancellationToken) is { } initial && IsPluginFromCode(initial, localsLeft - 1, cancellationToken),
        _ => false,
    };

    private static bool IsSemanticKernel(ITypeSymbol type) => SdkSymbols.IsSdkType(type, Namespace);
}
