using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.CodeFixes;

/// <summary>
/// AIMS001, AIMS020 and AIMS024: declare an AI system on the type that makes the call or hands the tool over, with placeholders that AIMS017 keeps visible, or add
/// the type to a system already declared in the compilation (nearest first, at most five).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareAiSystemCodeFixProvider)), Shared]
public sealed class DeclareAiSystemCodeFixProvider : CodeFixProvider
{
    public const string DeclareKey = "AIMS001.DeclareAiSystem";
    public const string AddToKeyPrefix = "AIMS001.AddToAiSystem:";
    private const int MaxSystemsOffered = 5;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleTable.UndeclaredModelCall.Id, RuleTable.UndeclaredServiceCall.Id, RuleTable.UndeclaredTool.Id);

    public override FixAllProvider GetFixAllProvider() => DeclareAiSystemFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TargetType(root, diagnostic) is not { } type)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Declare an AI system on '{type.Identifier.ValueText}'",
                    cancellationToken => ApplyAsync(context.Document, new[] { type }, DeclareKey, taken: null, cancellationToken),
                    DeclareKey),
                diagnostic);

            foreach (var id in NearestSystems(semanticModel.Compilation, diagnostic.Location, context.CancellationToken))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Add to AI system '{id}'",
                        cancellationToken => ApplyAsync(context.Document, new[] { type }, AddToKeyPrefix + id, taken: null, cancellationToken),
                        AddToKeyPrefix + id),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// Adds one attribute to each type: a new declaration, or a [PartOfAiSystem] for the key's system id. New ids avoid
    /// <paramref name="taken"/> (shared by a fix-all across the documents of a project), or the compilation's ids.
    /// </summary>
    internal static async Task<Document> ApplyAsync(Document document, IReadOnlyList<TypeDeclarationSyntax> types, string key, ISet<string>? taken, CancellationToken cancellationToken)
    {
        var root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        taken ??= await TakenIdsAsync(document.Project, cancellationToken).ConfigureAwait(false);
        var endOfLine = AttributeInsertion.EndOfLineOf(root);

        var tracked = root.TrackNodes(types);
        foreach (var original in types)
        {
            var current = tracked.GetCurrentNode(original)!;
            var attribute = key == DeclareKey
                ? Declaration(AiSystemIds.FromTypeName(original.Identifier.ValueText, taken))
                : $"global::Aims.PartOfAiSystem({Literal(key.Substring(AddToKeyPrefix.Length))})";
            tracked = tracked.ReplaceNode(current, AttributeInsertion.AddTo(current, AttributeInsertion.CreateList(attribute), endOfLine));
        }

        return await EditCleanup.CleanUpAsync(document.WithSyntaxRoot(tracked), cancellationToken).ConfigureAwait(false);
    }

    internal static async Task<ISet<string>> TakenIdsAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        return new HashSet<string>(CompilationDeclarations.Get(compilation, cancellationToken).Systems.Values.Where(system => !system.Declarations.IsEmpty).Select(system => system.Id), System.StringComparer.Ordinal);
    }

    private static string Declaration(string id) =>
        $"global::Aims.AiSystem({Literal(id)}, Name = \"<name>\", Purpose = \"<purpose>\", Owner = \"<owner>\", Risk = global::Aims.AiRiskLevel.Unassessed)";

    private static string Literal(string value) => SyntaxFactory.Literal(value).ToString();

    internal static TypeDeclarationSyntax? TargetType(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<TypeDeclarationSyntax>();

    /// <summary>Systems declared in source, nearest first: in the same file by distance, then by file path.</summary>
    private static IEnumerable<string> NearestSystems(Compilation compilation, Location location, CancellationToken cancellationToken)
    {
        var here = location.GetLineSpan();
        return CompilationDeclarations.Get(compilation, cancellationToken).DeclaredSystems()
            .Select(declared => (declared.Id, Location: declared.Declaration.Location!))
            .OrderBy(entry => entry.Location.Path == here.Path ? 0 : 1)
            .ThenBy(entry => entry.Location.Path == here.Path ? System.Math.Abs(entry.Location.Line - 1 - here.StartLinePosition.Line) : 0)
            .ThenBy(entry => entry.Location.Path, System.StringComparer.Ordinal)
            .ThenBy(entry => entry.Id, System.StringComparer.Ordinal)
            .Select(entry => entry.Id)
            .Distinct()
            .Take(MaxSystemsOffered);
    }
}
