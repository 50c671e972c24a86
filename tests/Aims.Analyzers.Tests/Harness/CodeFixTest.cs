using System.Collections.Immutable;
using Aims.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>Applies a code fix (or its fix-all) in a workspace, the way the IDE and dotnet format do, and returns the fixed sources.</summary>
public sealed class CodeFixTest
{
    private readonly CodeFixProvider provider;
    private readonly DiagnosticAnalyzer analyzer;
    private readonly ProjectId _projectId = ProjectId.CreateNewId();
    private Solution _solution;

    public CodeFixTest(CodeFixProvider provider, DiagnosticAnalyzer analyzer)
    {
        this.provider = provider;
        this.analyzer = analyzer;
        _solution = CreateSolution();
    }

    public CodeFixTest WithSources(params (string Path, string Source)[] sources)
    {
        foreach (var (path, source) in sources)
        {
            _solution = _solution.AddDocument(DocumentId.CreateNewId(_projectId), path, SourceText.From(source), filePath: "/src/" + path);
        }

        return this;
    }

    public Solution Solution => _solution;

    /// <summary>The titles of the actions offered for the first diagnostic.</summary>
    public async Task<IReadOnlyList<string>> TitlesAsync() => (await ActionsAsync()).Select(action => action.Title).ToList();

    /// <summary>Applies the action with this equivalence key to the first diagnostic.</summary>
    public async Task<Solution> ApplyAsync(string equivalenceKey)
    {
        var action = (await ActionsAsync()).Single(action => action.EquivalenceKey == equivalenceKey);
        return await ApplyAsync(action);
    }

    /// <summary>Applies the fix-all of this equivalence key in the given scope, from the first diagnostic's document.</summary>
    public async Task<Solution> FixAllAsync(string equivalenceKey, FixAllScope scope)
    {
        var diagnostics = await DiagnosticsAsync(_solution.GetProject(_projectId)!);
        var document = _solution.GetDocument(diagnostics[0].Location.SourceTree)!;
        var context = new FixAllContext(document, provider, scope, equivalenceKey, provider.FixableDiagnosticIds, new DiagnosticProvider(this), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        return await ApplyAsync(action!);
    }

    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, DiagnosticAnalyzer? other = null)
    {
        var compilation = (await project.GetCompilationAsync())!;
        return (await compilation.WithAnalyzers([other ?? analyzer], new AnalyzerOptions([])).GetAnalyzerDiagnosticsAsync())
            .Where(d => provider.FixableDiagnosticIds.Contains(d.Id) || other is not null)
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    private async Task<IReadOnlyList<CodeAction>> ActionsAsync()
    {
        var diagnostic = (await DiagnosticsAsync(_solution.GetProject(_projectId)!))[0];
        var document = _solution.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
    }

    private Solution CreateSolution()
    {
        var workspace = new AdhocWorkspace();
        return workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            _projectId,
            VersionStamp.Default,
            "TestProject",
            "TestProject",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("OPENAI001", ReportDiagnostic.Suppress)),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: TestReferences.Default));
    }

    private sealed class DiagnosticProvider(CodeFixTest test) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await test.DiagnosticsAsync(document.Project)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await test.DiagnosticsAsync(project);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            GetProjectDiagnosticsAsync(project, cancellationToken);
    }
}
