using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Aims.Analyzers.Diagnostics;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Finds, by symbol, where the code hands a model tools (<see cref="AiToolCatalog"/>): calls and creations that make
/// tools, types of the project derived from an SDK's tool base, and methods carrying a tool attribute. Built once per
/// compilation; null when no row's type is in the compilation.
/// </summary>
internal sealed class ToolExposureDetector
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<ToolExposureDetector?>> Detectors = new();
    private static readonly string[] NameParameters = ["name", "functionName", "toolName", "serverName", "serverLabel"];

    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, AiToolEntry>> _rows;
    private readonly Dictionary<INamedTypeSymbol, AiToolEntry> _attributes;
    private readonly INamedTypeSymbol? _kernelFunctionAttribute;
    private readonly INamedTypeSymbol? _toolBase;
    private readonly INamedTypeSymbol? _delegatingFunction;
    private readonly INamedTypeSymbol? _approvalRequired;
    private readonly INamedTypeSymbol? _approvalMode;
    private readonly INamedTypeSymbol? _alwaysRequireApproval;

    private ToolExposureDetector(Compilation compilation, Dictionary<INamedTypeSymbol, Dictionary<string, AiToolEntry>> rows, Dictionary<INamedTypeSymbol, AiToolEntry> attributes)
    {
        _rows = rows;
        _attributes = attributes;
        _kernelFunctionAttribute = SdkType(compilation, AiToolCatalog.KernelFunctionAttribute);
        _toolBase = SdkType(compilation, AiToolCatalog.ToolBase);
        _delegatingFunction = SdkType(compilation, AiToolCatalog.DelegatingFunction);
        _approvalRequired = SdkType(compilation, AiToolCatalog.ApprovalRequiredFunction);
        _approvalMode = SdkType(compilation, AiToolCatalog.ApprovalMode);
        _alwaysRequireApproval = SdkType(compilation, AiToolCatalog.AlwaysRequireApprovalMode);
    }

    // An SDK's own type only: a project's look-alike of the same name makes no tool and no approval.
    private static INamedTypeSymbol? SdkType(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && SdkSymbols.IsFromSdk(type) ? type : null;

    public static ToolExposureDetector? For(Compilation compilation) =>
        Detectors.GetValue(compilation, c => new StrongBox<ToolExposureDetector?>(TryCreate(c))).Value;

    /// <summary>Whether calls and creations can make tools here (else only tool attributes can).</summary>
    public bool LooksAtOperations => _rows.Count > 0 || _toolBase is not null;

    public bool LooksAtMethods => _attributes.Count > 0;

    private static ToolExposureDetector? TryCreate(Compilation compilation)
    {
        var rows = new Dictionary<INamedTypeSymbol, Dictionary<string, AiToolEntry>>(SymbolEqualityComparer.Default);
        var attributes = new Dictionary<INamedTypeSymbol, AiToolEntry>(SymbolEqualityComparer.Default);
        foreach (var entry in AiToolCatalog.Entries)
        {
            if (SdkType(compilation, entry.TypeMetadataName) is not { } type)
            {
                continue;
            }

            if (entry.Source == AiToolSource.ToolAttribute)
            {
                attributes[type] = entry;
                continue;
            }

            if (!rows.TryGetValue(type, out var members))
            {
                rows.Add(type, members = new Dictionary<string, AiToolEntry>());
            }

            foreach (var member in entry.Members)
            {
                members[member] = entry;
            }
        }

        var detector = new ToolExposureDetector(compilation, rows, attributes);
        return detector.LooksAtOperations || detector.LooksAtMethods ? detector : null;
    }

    /// <summary>
    /// Calls <paramref name="onSite"/> for every place in source that hands a model tools: a call or creation that makes
    /// them, and a method a tool attribute offers. AIMS024 to AIMS026 and the AI policy (AIMS033) read the same places.
    /// </summary>
    public void RegisterSites(CompilationStartAnalysisContext context, Action<ToolSiteFound> onSite)
    {
        if (LooksAtOperations)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    if (Find(operation.Operation) is { } site)
                    {
                        onSite(new ToolSiteFound(site, operation.Operation.Syntax.GetLocation(), operation.ContainingSymbol, operation.Operation, operation.Compilation, operation.ReportDiagnostic, operation.CancellationToken));
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        }

        if (LooksAtMethods)
        {
            context.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (FindDeclared(method) is { } site && method.Locations.Length > 0 && method.Locations[0].IsInSource)
                    {
                        onSite(new ToolSiteFound(site, method.Locations[0], method, null, symbol.Compilation, symbol.ReportDiagnostic, symbol.CancellationToken));
                    }
                },
                SymbolKind.Method);
        }
    }

    /// <summary>The tools a call or creation hands over, or null when it hands none.</summary>
    public ToolSite? Find(IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
                return RowOf(method.ContainingType, method.Name) is { } row ? FromCall(row, method.Name, invocation.Arguments, invocation.TargetMethod, operation) : null;
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                if (RowOf(constructor.ContainingType, AiSdkEntry.Constructor) is { } created)
                {
                    return FromCall(created, AiSdkEntry.Constructor, creation.Arguments, constructor, operation);
                }

                return IsOwnTool(creation.Type) ? OwnTool((INamedTypeSymbol)creation.Type!, operation) : null;
            default:
                return null;
        }
    }

    /// <summary>The tool a method is by its attribute ([McpServerTool]), or null.</summary>
    public ToolSite? FindDeclared(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type || !_attributes.TryGetValue(type, out var entry))
            {
                continue;
            }

            var name = Named(attribute, "Name") as string ?? method.Name;
            var handedBy = entry.HandedBy(string.Empty);
            string Annotated(string argument) => handedBy.Substring(0, handedBy.Length - 1) + "(" + argument + ")]";

            // The MCP annotations are what the tool's author says of it, so they outrank its name.
            var (effect, basis) = Named(attribute, "ReadOnly") is true ? (AiToolEffect.ReadOnly, Annotated("ReadOnly = true"))
                : Named(attribute, "Destructive") is true ? (AiToolEffect.Acting, Annotated("Destructive = true"))
                : ToolEffects.FromName(name);
            var tool = new ToolExposure(name, AiToolKind.Function, SymbolNames.Caller(method), effect, basis, ApprovalRequired: false);
            return new ToolSite(entry.Sdk, handedBy, tool.Described, ImmutableArray.Create(tool));
        }

        return null;
    }

    private AiToolEntry? RowOf(INamedTypeSymbol? type, string member) =>
        type is not null && _rows.TryGetValue(type.OriginalDefinition, out var members) && members.TryGetValue(member, out var row) ? row : null;

    private ToolSite? FromCall(AiToolEntry row, string member, ImmutableArray<IArgumentOperation> arguments, IMethodSymbol target, IOperation operation)
    {
        var handedBy = row.HandedBy(member);
        switch (row.Source)
        {
            case AiToolSource.Function:
                return Function(row, handedBy, arguments, operation);
            case AiToolSource.Plugin:
                return Plugin(row, handedBy, PluginType(target, arguments));
            case AiToolSource.Hosted:
                return Single(row, handedBy, new ToolExposure(ConstantName(arguments), AiToolKind.Hosted, null, row.Effect, row.EffectBasis, HostedApproval(operation)));
            case AiToolSource.ProviderDefined:
                return Single(row, handedBy, new ToolExposure(null, AiToolKind.ProviderDefined, null, row.Effect, row.EffectBasis, ApprovalRequired: false));
            default:
                return Single(row, handedBy, new ToolExposure(null, AiToolKind.ServerTools, null, AiToolEffect.Unknown, null, ApprovalRequired: false));
        }
    }

    private ToolSite? Function(AiToolEntry row, string handedBy, ImmutableArray<IArgumentOperation> arguments, IOperation operation)
    {
        var name = ConstantName(arguments);
        string? implementation = null;
        foreach (var argument in arguments)
        {
            var value = argument.Value.WithoutConversions();
            if (IsTool(value.Type))
            {
                // A tool made from another tool: that one is counted where it is made.
                return null;
            }

            switch (value)
            {
                case IDelegateCreationOperation { Target: IMethodReferenceOperation reference }:
                    name ??= reference.Method.Name;
                    implementation = SymbolNames.Caller(reference.Method);
                    break;
                case IMethodReferenceOperation reference:
                    name ??= reference.Method.Name;
                    implementation = SymbolNames.Caller(reference.Method);
                    break;
                case IInvocationOperation { TargetMethod.Name: "GetMethod", Instance: ITypeOfOperation typeOf } getMethod
                    when getMethod.Arguments.FirstOrDefault()?.Value.ConstantValue is { HasValue: true, Value: string methodName }:
                    name ??= methodName;
                    implementation = typeOf.TypeOperand.Name + "." + methodName;
                    break;
                case IObjectCreationOperation { Initializer: { } initializer }:
                    name ??= InitializedName(initializer);
                    break;
            }
        }

        var (effect, basis) = ToolEffects.FromName(name);
        return Single(row, handedBy, new ToolExposure(name, AiToolKind.Function, implementation, effect, basis, IsApprovalWrapped(operation)));
    }

    private static ToolSite Single(AiToolEntry row, string handedBy, ToolExposure tool) =>
        new(row.Sdk, handedBy, tool.Described, ImmutableArray.Create(tool));

    /// <summary>
    /// The [KernelFunction] methods of a plugin type; where the code does not show the type (a type parameter, an object or
    /// an interface), one tool whose name and effect are not known, so that the plugin still is in the inventory.
    /// </summary>
    private ToolSite? Plugin(AiToolEntry row, string handedBy, ITypeSymbol? plugin)
    {
        if (plugin is null or ITypeParameterSymbol or IErrorTypeSymbol or { TypeKind: TypeKind.Interface } or { SpecialType: SpecialType.System_Object })
        {
            var unknown = new ToolExposure(null, AiToolKind.Function, null, AiToolEffect.Unknown, null, ApprovalRequired: false);
            return new ToolSite(row.Sdk, handedBy, "the tools of a plugin whose type the code does not show", ImmutableArray.Create(unknown));
        }

        var tools = ImmutableArray.CreateBuilder<ToolExposure>();
        var overridden = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        for (var type = plugin; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                var attribute = method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _kernelFunctionAttribute));

                // An override and the method it overrides are one function of the plugin.
                if (method.OverriddenMethod is { } overrides)
                {
                    overridden.Add(overrides.OriginalDefinition);
                }

                if (attribute is null || overridden.Contains(method.OriginalDefinition))
                {
                    continue;
                }

                var name = attribute.ConstructorArguments.FirstOrDefault().Value as string ?? method.Name;
                var (effect, basis) = ToolEffects.FromName(name);
                tools.Add(new ToolExposure(name, AiToolKind.Function, SymbolNames.Caller(method), effect, basis, ApprovalRequired: false));
            }
        }

        return tools.Count == 0 ? null : new ToolSite(row.Sdk, handedBy, $"the [KernelFunction] methods of '{plugin.Name}'", tools.ToImmutable());
    }

    private ToolSite OwnTool(INamedTypeSymbol type, IOperation operation)
    {
        var (effect, basis) = ToolEffects.FromName(type.Name, "its type's name");
        var tool = new ToolExposure(null, AiToolKind.Function, type.Name, effect, basis, IsApprovalWrapped(operation));
        return new ToolSite(AiToolCatalog.ExtensionsAi, "new " + type.Name, $"tool '{type.Name}'", ImmutableArray.Create(tool));
    }

    /// <summary>The plugin type: a generic member's type argument, a typeof argument, or the type of the object given.</summary>
    private static ITypeSymbol? PluginType(IMethodSymbol target, ImmutableArray<IArgumentOperation> arguments)
    {
        if (target.TypeArguments.Length == 1)
        {
            return target.TypeArguments[0];
        }

        foreach (var argument in arguments)
        {
            switch (argument.Value.WithoutConversions())
            {
                case ITypeOfOperation typeOf:
                    return typeOf.TypeOperand;
                case var value when argument.Parameter is { Name: "target" }:
                    return value.Type;
            }
        }

        return null;
    }

    /// <summary>A tool type outside the SDKs (derived from AITool, and no wrapper of another tool): creating one makes a tool.</summary>
    private bool IsOwnTool(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsAbstract: false } named && !SdkSymbols.IsFromSdk(named) && IsTool(named) && !DerivesFrom(named, _delegatingFunction);

    private bool IsTool(ITypeSymbol? type) => DerivesFrom(type, _toolBase);

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Made right inside <c>new ApprovalRequiredAIFunction(...)</c>: each call waits for a person's approval.</summary>
    private bool IsApprovalWrapped(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IArgumentOperation)
        {
            parent = parent.Parent;
        }

        return parent is IObjectCreationOperation wrapper && DerivesFrom(wrapper.Type, _approvalRequired);
    }

    /// <summary>A hosted MCP server whose initializer sets ApprovalMode to AlwaysRequire.</summary>
    private bool HostedApproval(IOperation operation) =>
        operation is IObjectCreationOperation { Initializer: { } initializer } &&
        initializer.Initializers.OfType<ISimpleAssignmentOperation>().Any(assignment =>
            assignment.Target is IPropertyReferenceOperation { Property.Name: "ApprovalMode" } &&
            assignment.Value.WithoutConversions() is var mode &&
            ((mode is IPropertyReferenceOperation { Property.Name: "AlwaysRequire" } always && DerivesFrom(always.Property.ContainingType, _approvalMode)) ||
             DerivesFrom(mode.Type, _alwaysRequireApproval)));

    private static string? ConstantName(ImmutableArray<IArgumentOperation> arguments) =>
        arguments.FirstOrDefault(a => a.Parameter is { } p && NameParameters.Contains(p.Name))?.Value.ConstantValue is { HasValue: true, Value: string name }
            ? name
            : null;

    private static string? InitializedName(IObjectOrCollectionInitializerOperation initializer) =>
        initializer.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Name" })?.Value.ConstantValue is { HasValue: true, Value: string name }
            ? name
            : null;

    private static object? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
}
