using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;
using Aims.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Generator;

/// <summary>
/// Finds the AI calls and the constants passed to AI SDKs in a compilation, for the manifest. It first decides, without
/// binding anything, whether the compilation can hold any: no AI SDK among the references, no reference compiled against
/// Aims.Annotations, no model-host URL, no [AiModelCall] and nothing configured means nothing to find, and the scan ends
/// there. Otherwise it walks each file
/// once and binds only the calls whose name is a catalogued member, a declared or configured model call, and the string
/// literals and names of the project's consts passed as arguments or assigned (<see cref="WrittenConstant"/>). A call by
/// another name is AI usage only if it does not bind and its receiver is an AI client (<see cref="UnboundCall"/>): in
/// files that import an AI SDK (<see cref="SdkImports"/>), and only there, the receivers of such calls are bound too. It
/// runs in builds only: the manifest is an implementation output.
/// </summary>
internal static class AiCallScan
{
    public static AiCallScanResult Run(
        Compilation compilation,
        AnalyzerConfigOptionsProvider options,
        ReferencedAssemblies references,
        EquatableArray<AttributeUseModel> sourceUses,
        EquatableArray<AttributeUseModel> referencedUses,
        CancellationToken cancellationToken)
    {
        var option = ModelCallSymbolsOption.Read(options, compilation, cancellationToken);
        var malformed = option.Malformed.ToEquatableArray();
        var declared = sourceUses.Concat(referencedUses).Where(use => use.Attribute == AimsAttributeNames.AiModelCall).ToList();
        if (!references.AnyAiSdk && !references.AnyUsingAimsAttributes && option.Ids.IsEmpty && declared.Count == 0 &&
            !SourceTextPrefilter.AnyTreeMayHoldModelCalls(compilation, includeModelCallAttribute: false, cancellationToken))
        {
            return AiCallScanResult.Nothing(malformed);
        }

        var detector = ModelCallDetector.TryCreate(compilation, option, cancellationToken);
        var readsLiterals = ModelProviders.AnyReferenced(compilation);
        if (detector is null && !readsLiterals)
        {
            return AiCallScanResult.Nothing(malformed);
        }

        var names = detector is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(AiSdkCatalog.CallNamesIn(compilation).Concat(declared.Select(use => CallNameOf(use.SymbolId))).Concat(detector.ConfiguredCallNames()), StringComparer.Ordinal);
        var constructors = AiSdkCatalog.HasConstructors || declared.Any(use => use.SymbolId.Contains("#ctor")) || detector?.HasConfiguredConstructors == true;
        var file = new FileScan(
            detector,
            readsLiterals ? new CredentialSiteDetector(compilation) : null,
            readsLiterals ? ConstantFieldNames.Of(compilation, cancellationToken) : null,
            names,
            constructors);

        var sites = new List<CallSiteModel>();
        var literals = new List<LiteralSiteModel>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!GeneratedCodeFiles.IsGenerated(tree, compilation, cancellationToken))
            {
                file.Scan(compilation, tree, sites, literals, cancellationToken);
            }
        }

        var configured = option.Ids;
        return new AiCallScanResult(
            sites.Where(site => !site.ContainerIds.Any(configured.Contains)).ToEquatableArray(),
            literals.ToEquatableArray(),
            malformed);
    }

    /// <summary>The name a call to a member uses, from its documentation-comment id: the method's name, or the type's for a constructor.</summary>
    private static string CallNameOf(string documentationId)
    {
        var name = documentationId;
        var parameters = name.IndexOf('(');
        if (parameters >= 0)
        {
            name = name.Substring(0, parameters);
        }

        var segments = name.Substring(name.IndexOf(':') + 1).Split('.');
        var last = segments[segments.Length - 1];
        if (last == "#ctor" && segments.Length > 1)
        {
            last = segments[segments.Length - 2];
        }

        var arity = last.IndexOf('`');
        return arity >= 0 ? last.Substring(0, arity) : last;
    }

    /// <summary>One file's calls and constants, bound through the file's semantic model only where the syntax says they may matter.</summary>
    private sealed class FileScan
    {
        private readonly ModelCallDetector? _detector;
        private readonly CoverageResolver? _coverage;
        private readonly CredentialSiteDetector? _credentials;
        private readonly SdkTypeProviders _sdkTypes = new();
        private readonly HashSet<string>? _constantFields;
        private readonly HashSet<string> _constantLocals = new(StringComparer.Ordinal);
        private readonly HashSet<string> _callNames;
        private readonly bool _constructors;

        /// <param name="constantFields">The names of the project's const fields; null when no literal is read.</param>
        public FileScan(ModelCallDetector? detector, CredentialSiteDetector? credentials, HashSet<string>? constantFields, HashSet<string> callNames, bool constructors)
        {
            _detector = detector;
            _coverage = detector is null ? null : new CoverageResolver(detector.IsDeclaredModelCall);
            _credentials = credentials;
            _constantFields = constantFields;
            _callNames = callNames;
            _constructors = constructors;
        }

        private bool ReadsLiterals => _constantFields is not null;

        public void Scan(Compilation compilation, SyntaxTree tree, List<CallSiteModel> sites, List<LiteralSiteModel> literals, CancellationToken cancellationToken)
        {
            _constantLocals.Clear();
            // Calls by other names that may not bind are found by their receivers, in files that import an AI SDK only.
            var byReceiver = _detector is { HasClientTypes: true } && _detector.Imports.In(tree, cancellationToken);
            var semanticModel = byReceiver ? compilation.GetSemanticModel(tree) : null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (IsCandidateCall(node) || (byReceiver && IsCallOnAiClient(node, semanticModel!, cancellationToken)))
                {
                    semanticModel ??= compilation.GetSemanticModel(tree);
                    if (ReadCall(node, semanticModel, cancellationToken) is { } site)
                    {
                        sites.Add(site);
                    }
                }
                else if (ReadsLiterals && (IsCandidateLiteral(node) || IsCandidateConstant(node)))
                {
                    semanticModel ??= compilation.GetSemanticModel(tree);
                    if (ReadLiteral(node, semanticModel, cancellationToken) is { } literal)
                    {
                        literals.Add(literal);
                    }
                }
                else if (ReadsLiterals && node is LocalDeclarationStatementSyntax local && local.Modifiers.Any(SyntaxKind.ConstKeyword))
                {
                    // A local const is declared before its uses, so the walk has seen it when it meets them.
                    foreach (var variable in local.Declaration.Variables)
                    {
                        _constantLocals.Add(variable.Identifier.ValueText);
                    }
                }
            }
        }

        private bool IsCandidateCall(SyntaxNode node) =>
            _detector is not null &&
            CallSyntax.IsCall(node) &&
            (node is ImplicitObjectCreationExpressionSyntax ? _constructors : CallSyntax.SimpleName(node) is { } name && _callNames.Contains(name));

        /// <summary>
        /// A call by a name that is not a candidate, on a named receiver (<see cref="UnboundCall.IsNamed"/>) whose type is an
        /// AI client: it is AI usage if it does not bind. The receiver is bound speculatively, which binds that expression
        /// alone and not the whole member around it.
        /// </summary>
        private bool IsCallOnAiClient(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (node is not InvocationExpressionSyntax invocation ||
                UnboundCall.ReceiverOf(invocation) is not { } receiver ||
                !UnboundCall.IsNamed(receiver) ||
                CallSyntax.SimpleName(invocation) is not { } name ||
                _callNames.Contains(name))
            {
                return false;
            }

            // Where speculation cannot tell (a lambda parameter typed by its target, say), the member is bound after all.
            var type = semanticModel.GetSpeculativeTypeInfo(receiver.SpanStart, receiver, SpeculativeBindingOption.BindAsExpression).Type;
            if (type is null or { TypeKind: TypeKind.Error })
            {
                type = semanticModel.GetTypeInfo(receiver, cancellationToken).Type;
            }

            return type is { TypeKind: not TypeKind.Error } && _detector!.MatchUnbound(type, name) is not null;
        }

        private static bool IsCandidateLiteral(SyntaxNode node) =>
            node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } && WrittenConstant.IsStandalone(node);

        /// <summary>A name passed or assigned that may be a const of the project (<see cref="WrittenConstant"/>): binding decides.</summary>
        private bool IsCandidateConstant(SyntaxNode node)
        {
            var name = node switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax { Name: IdentifierNameSyntax member } => member.Identifier.ValueText,
                _ => null,
            };

            return name is not null && WrittenConstant.IsStandalone(node) && (_constantFields!.Contains(name) || _constantLocals.Contains(name));
        }

        private CallSiteModel? ReadCall(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            semanticModel.GetOperation(node, cancellationToken) is { } operation &&
            EnclosingMember.Of(semanticModel, node, cancellationToken) is { } member
                ? CallSiteReader.Read(operation, member, _detector!, _coverage!, cancellationToken)
                : null;

        private LiteralSiteModel? ReadLiteral(SyntaxNode node, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            if (semanticModel.GetOperation(node.Parent!, cancellationToken) is not { } operation)
            {
                return null;
            }

            var credential = _credentials is null ? null
                : operation is IArgumentOperation argument ? _credentials.FromArgument(argument, cancellationToken)
                : _credentials.FromAssignment(operation, cancellationToken);
            var identifier = ModelPinningAnalyzer.Identifier(operation, _sdkTypes, CoveringSystem(node, operation, semanticModel, cancellationToken), cancellationToken);
            return identifier is null && credential is null ? null : new LiteralSiteModel(identifier, credential);
        }

        private string? CoveringSystem(SyntaxNode node, IOperation operation, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            _coverage is not null && EnclosingMember.Of(semanticModel, node, cancellationToken) is { } member &&
            _coverage.Resolve(operation, member) is { Kind: CallSiteCoverageKind.Covered } covered
                ? covered.SystemId ?? string.Empty
                : null;
    }
}
