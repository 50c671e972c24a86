using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Running an Agent Framework workflow runs the agents bound into it, and only code when none is. Where the code shows
/// that the workflow was built by a <c>WorkflowBuilder</c> chain none of whose executors is an agent (or a workflow,
/// which could hold one), inline, through locals, or returned by every return of a method of the project that takes no
/// arguments, running it is not a model call. A workflow of agents (<c>AgentWorkflowBuilder</c>, an agent bound as an
/// executor) or of any other origin (a parameter, a field, a local assigned more than once) stays one.
/// </summary>
internal static class WorkflowOrigin
{
    private const string Namespace = "Microsoft.Agents.AI.Workflows";
    private const int MostStepsFollowed = 32;

    public static bool RunsNoAgent(IInvocationOperation call, CancellationToken cancellationToken) =>
        call.TargetMethod.ContainingType is { Name: "InProcessExecution" } type && IsWorkflows(type) &&
        call.Arguments.FirstOrDefault(argument => argument.Parameter?.Type is { Name: "Workflow" } workflowType && IsWorkflows(workflowType))?.Value is { } workflow &&
        IsBuiltWithoutAgents(workflow, MostStepsFollowed, cancellationToken);

    private static bool IsBuiltWithoutAgents(IOperation value, int stepsLeft, CancellationToken cancellationToken)
    {
        if (stepsLeft == 0)
        {
            return false;
        }

        return value.WithoutConversions() switch
        {
            IInvocationOperation { TargetMethod.ContainingType: { Name: "WorkflowBuilder" } builder, Instance: { } chain } step when IsWorkflows(builder) =>
                step.Arguments.All(argument => !MayBeAgent(argument.Value, stepsLeft - 1)) && IsBuiltWithoutAgents(chain, stepsLeft - 1, cancellationToken),
            IObjectCreationOperation { Type: { Name: "WorkflowBuilder" } builder } start when IsWorkflows(builder) =>
                start.Arguments.All(argument => !MayBeAgent(argument.Value, stepsLeft - 1)),
            ILocalReferenceOperation local =>
                OperationValues.OnlyValueOf(local, cancellationToken) is { } initial && IsBuiltWithoutAgents(initial, stepsLeft - 1, cancellationToken),
            IInvocationOperation { Arguments.Length: 0 } factory when factory.SemanticModel is { } model =>
                SourceMethods.ReturnedValues(factory.TargetMethod.OriginalDefinition, model.Compilation, cancellationToken) is { IsDefaultOrEmpty: false } returned &&
                returned.All(value => IsBuiltWithoutAgents(value, stepsLeft - 1, cancellationToken)),
            _ => false,
        };
    }

    // An agent, a workflow (bound as an executor, it may hold agents), or anything made from one.
    private static bool MayBeAgent(IOperation value, int stepsLeft)
    {
        var unwrapped = value.WithoutConversions();
        if (stepsLeft == 0 || IsAgentOrWorkflow(unwrapped.Type))
        {
            return true;
        }

        return unwrapped switch
        {
            IInvocationOperation call => (call.Instance is { } instance && MayBeAgent(instance, stepsLeft - 1)) || call.Arguments.Any(argument => MayBeAgent(argument.Value, stepsLeft - 1)),
            IArrayCreationOperation { Initializer: { } items } => items.ElementValues.Any(item => MayBeAgent(item, stepsLeft - 1)),
            _ => false,
        };
    }

    private static bool IsAgentOrWorkflow(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if ((current.Name == "AIAgent" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.Agents.AI") ||
                (current.Name == "Workflow" && IsWorkflows(current)))
            {
                return true;
            }
        }

        return type is IArrayTypeSymbol array && IsAgentOrWorkflow(array.ElementType);
    }

    private static bool IsWorkflows(ITypeSymbol type) => SdkSymbols.IsSdkType(type, Namespace);
}
