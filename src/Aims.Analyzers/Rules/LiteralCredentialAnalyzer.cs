using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleTable.LiteralCredential.Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!ModelProviders.AnyReferenced(start.Compilation))
            {
                return;
            }

            var sites = new CredentialSites(start.Compilation);
            start.RegisterOperationAction(operation => Report(operation, sites.FromArgument((IArgumentOperation)operation.Operation, operation.CancellationToken)), OperationKind.Argument);
            start.RegisterOperationAction(operation => Report(operation, sites.FromAssignment(operation.Operation, operation.CancellationToken)), OperationKind.SimpleAssignment);
        });
    }

    internal static Finding Check(CredentialModel credential) => Finding.At(RuleTable.LiteralCredential.Id, credential.Location, credential.TypeName);

    private static void Report(OperationAnalysisContext context, CredentialModel? credential)
    {
        if (credential is not null)
        {
            context.ReportDiagnostic(FindingDiagnostics.Create(Check(credential), context.Operation.Syntax.SyntaxTree));
        }
    }

    /// <summary>Where literal credentials go in one compilation: its credential types and the SDK types it references.</summary>
    internal sealed class CredentialSites
    {
        private readonly HashSet<INamedTypeSymbol> _credentialTypes;
        private readonly SdkTypeProviders _sdkTypes = new();

        public CredentialSites(Compilation compilation)
        {
            _credentialTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in CredentialTypes)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    _credentialTypes.Add(type);
                }
            }
        }

        /// <summary>The credential an argument passes as a literal to a credential type or an AI SDK member, or null.</summary>
        public CredentialModel? FromArgument(IArgumentOperation argument, CancellationToken cancellationToken)
        {
            var method = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };

            if (method?.ContainingType is not { } type || Literal(argument.Value) is not { } literal)
            {
                return null;
            }

            var isCredentialType = _credentialTypes.Contains(type);
            if (!isCredentialType && !_sdkTypes.Of(type).IsAiSdk)
            {
                return null;
            }

            return isCredentialType || (argument.Parameter is { } parameter && CredentialName.IsMatch(parameter.Name)) || KnownKeyFormat.IsMatch(literal)
                ? new CredentialModel(AttributeUseReader.LocationOf(argument.Value.Syntax, cancellationToken), type.Name)
                : null;
        }

        /// <summary>The credential an assignment writes as a literal to a property of an AI SDK type, or null.</summary>
        public CredentialModel? FromAssignment(IOperation operation, CancellationToken cancellationToken) =>
            operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment &&
            _sdkTypes.Of(property.ContainingType).IsAiSdk &&
            Literal(assignment.Value) is { } literal &&
            (CredentialName.IsMatch(property.Name) || KnownKeyFormat.IsMatch(literal))
                ? new CredentialModel(AttributeUseReader.LocationOf(assignment.Value.Syntax, cancellationToken), property.ContainingType.Name)
                : null;

        private static string? Literal(IOperation value)
        {
            value = value.WithoutConversions();
            return value.ConstantValue is { HasValue: true, Value: string text } && !string.IsNullOrWhiteSpace(text) ? text : null;
        }
    }
}
