using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Rules;

/// <summary>
/// AIMS014: a credential written as a string literal where an AI client or a credential is created. The message
/// names the created type, never the value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LiteralCredentialAnalyzer : DiagnosticAnalyzer
{
    // Credential types that AI SDKs accept, matched by metadata name.
    private static readonly ImmutableHashSet<string> CredentialTypes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "System.ClientModel.ApiKeyCredential",
        "Azure.AzureKeyCredential",
        "Azure.AzureNamedKeyCredential",
        "Amazon.Runtime.BasicAWSCredentials");

    // Key formats that are secrets wherever they are passed: OpenAI, Anthropic, Hugging Face, Google API keys.
    private static readonly Regex KnownKeyFormat = new(
        @"^(sk-[A-Za-z0-9_-]{16,}|hf_[A-Za-z0-9]{30,}|AIza[0-9A-Za-z_-]{35})$",
        RegexOptions.CultureInvariant);

    // Whole parameter or property names only: "serviceKey" or "MaxOutputTokens" are not credentials.
    private static readonly Regex CredentialName = new(
        "^(api_?key|key|access_?key|secret|secret_?key|secret_?access_?key|auth_?token|token|bearer_?token|access_?token|credential|password|subscription_?key)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LiteralCredential);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var credentialTypes = ResolveCredentialTypes(start.Compilation);
            if (ModelProviders.AnyReferenced(start.Compilation) || credentialTypes.Count > 0)
            {
                var providers = new SdkTypeProviders();
                start.RegisterOperationAction(operation => AnalyzeArguments(operation, providers, credentialTypes), OperationKind.Invocation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(operation => AnalyzeAssignment(operation, providers), OperationKind.SimpleAssignment);
            }
        });
    }

    private static void AnalyzeArguments(OperationAnalysisContext context, SdkTypeProviders providers, HashSet<INamedTypeSymbol> credentialTypes)
    {
        var (method, arguments) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };

        if (method?.ContainingType is not { } type)
        {
            return;
        }

        var isCredentialType = credentialTypes.Contains(type);
        var isAiSdk = providers.Of(type) is not null;
        if (!isCredentialType && !isAiSdk)
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (Literal(argument.Value) is not { } literal)
            {
                continue;
            }

            var namedLikeCredential = argument.Parameter is { } parameter && CredentialName.IsMatch(parameter.Name);
            if (isCredentialType || namedLikeCredential || KnownKeyFormat.IsMatch(literal))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LiteralCredential, argument.Value.Syntax.GetLocation(), type.Name));
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, SdkTypeProviders providers)
    {
        if (context.Operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment &&
            providers.Of(property.ContainingType) is not null &&
            Literal(assignment.Value) is { } literal &&
            (CredentialName.IsMatch(property.Name) || KnownKeyFormat.IsMatch(literal)))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LiteralCredential, assignment.Value.Syntax.GetLocation(), property.ContainingType.Name));
        }
    }

    private static string? Literal(IOperation value)
    {
        value = value.WithoutConversions();
        return value.ConstantValue is { HasValue: true, Value: string text } && !string.IsNullOrWhiteSpace(text) ? text : null;
    }

    private static HashSet<INamedTypeSymbol> ResolveCredentialTypes(Compilation compilation)
    {
        var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var name in CredentialTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                types.Add(type);
            }
        }

        return types;
    }
}
