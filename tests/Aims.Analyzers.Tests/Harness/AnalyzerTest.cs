using System.Collections.Immutable;
using System.Text;
using Aims.Manifest.Build;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>
/// Runs analyzers over marked-up sources and asserts that they report exactly the marked diagnostics, that the
/// sources compile (unless broken code is the point of the test) and that no analyzer ever throws.
/// </summary>
public class AnalyzerTest
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    public AnalyzerTest(params DiagnosticAnalyzer[] analyzers) => _analyzers = [.. analyzers];

    /// <summary>Every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = [.. typeof(Aims.Analyzers.Rules.ModelCallCoverageAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)];

    // The SDKs mark preview APIs with [Experimental]; users suppress these ids, and so do the tests.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkEvaluationWarnings =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("OPENAI001", ReportDiagnostic.Suppress);

    private readonly List<(string Path, string Markup)> _sources = [];

    public ImmutableArray<MetadataReference> References { get; set; } = TestReferences.Default;

    /// <summary>Additional files (path, text, their options as the build's metadata gives them).</summary>
    public List<(string Path, string Text, Dictionary<string, string> Options)> AdditionalFiles { get; } = [];

    /// <summary>Options as a .globalconfig gives them.</summary>
    public Dictionary<string, string> GlobalOptions { get; } = new(StringComparer.Ordinal);

    /// <summary>Options as an .editorconfig [*.cs] section gives them to every source file.</summary>
    public Dictionary<string, string> EditorConfig { get; } = new(StringComparer.Ordinal);

    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    public bool AllowCompilationErrors { get; set; }

    /// <summary>When set, only these ids are compared; other diagnostics of the analyzer are ignored.</summary>
    public ISet<string>? OnlyIds { get; set; }

    /// <summary>Diagnostics without a location (compilation-end diagnostics), as "ID: message".</summary>
    public List<string> ExpectedDiagnosticsWithoutLocation { get; } = [];

    public AnalyzerTest WithSource(string markup, string? path = null)
    {
        _sources.Add((path ?? $"/src/Test{_sources.Count}.cs", markup));
        return this;
    }

    public AnalyzerTest WithSources(params string[] markups)
    {
        foreach (var markup in markups)
        {
            WithSource(markup);
        }

        return this;
    }

    /// <summary>Runs the analyzers and asserts that they report exactly the marked diagnostics.</summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync()
    {
        var (actual, expected, trees) = await AnalyzeAsync();
        var compared = actual.Where(d => OnlyIds is null || OnlyIds.Contains(d.Id)).ToList();
        var located = compared.Where(d => d.Location.IsInSource).ToList();
        var expectedText = expected
            .Where(e => OnlyIds is null || OnlyIds.Contains(e.Diagnostic.Id))
            .Select(e => Describe(e.Diagnostic.Id, e.Path, e.Diagnostic.Span, trees.Single(t => t.FilePath == e.Path)))
            .OrderBy(s => s, StringComparer.Ordinal);
        var actualText = located
            .Select(d => Describe(d.Id, d.Location.SourceTree!.FilePath, d.Location.SourceSpan, d.Location.SourceTree))
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", expectedText), string.Join("\n", actualText));

        var unlocated = compared.Where(d => !d.Location.IsInSource).Select(d => d.Id + ": " + d.GetMessage()).Order(StringComparer.Ordinal);
        Assert.Equal(ExpectedDiagnosticsWithoutLocation.Order(StringComparer.Ordinal), unlocated);
        return actual;
    }

    /// <summary>Runs the analyzers and asserts only that none throws; the diagnostics are returned, not compared.</summary>
    public async Task<ImmutableArray<Diagnostic>> RunForAnyDiagnosticsAsync() => (await AnalyzeAsync()).Actual;

    private async Task<(ImmutableArray<Diagnostic> Actual, List<(string Path, ExpectedDiagnostic Diagnostic)> Expected, List<SyntaxTree> Trees)> AnalyzeAsync()
    {
        var expected = new List<(string Path, ExpectedDiagnostic Diagnostic)>();
        var trees = new List<SyntaxTree>();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        foreach (var (path, markup) in _sources)
        {
            var (source, diagnostics) = TestMarkup.Parse(markup);
            trees.Add(CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), parseOptions, path));
            expected.AddRange(diagnostics.Select(d => (path, d)));
        }

        var compilation = CSharpCompilation.Create(
            "TestProject",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SdkEvaluationWarnings));

        if (!AllowCompilationErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test sources do not compile:\n" + string.Join("\n", errors));
        }

        var exceptions = new List<string>();
        var fileOptions = trees.ToImmutableDictionary(tree => tree.FilePath, _ => EditorConfig.ToImmutableDictionary())
            .AddRange(AdditionalFiles.Select(file => new KeyValuePair<string, ImmutableDictionary<string, string>>(file.Path, file.Options.ToImmutableDictionary())));
        var options = new AnalyzerOptions(
            [.. AdditionalFiles.Select(file => (AdditionalText)new TestAdditionalText(file.Path, file.Text))],
            new TestAnalyzerConfigOptionsProvider(GlobalOptions.ToImmutableDictionary(), fileOptions));
        var withAnalyzers = compilation.WithAnalyzers(
            _analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Add(exception.ToString()),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));

        var actual = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(exceptions.Count == 0, "An analyzer threw:\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(actual, d => d.Id == "AD0001");
        AssertNothingFoundWhereTheScreeningSeesNoAi(compilation, actual);
        return (actual, expected, trees);
    }

    /// <summary>
    /// A build leaves the analyzers out of a compile whose inputs the screening, reading them as the task does, finds no
    /// AI in: there the analyzers, screening the compilation itself, must have found nothing either (the inventory's end
    /// record aside, which only says that they ran).
    /// </summary>
    private void AssertNothingFoundWhereTheScreeningSeesNoAi(Compilation compilation, ImmutableArray<Diagnostic> actual)
    {
        var inputs = CompilationScreening.Of(compilation, GlobalOptions.Concat(EditorConfig));
        var found = actual.Where(d => d.Id != InventoryRecords.CompletionId).ToList();
        Assert.True(
            inputs.MayHoldAi || found.Count == 0,
            "The build's screening finds no AI in this compile and would run it without the analyzers, yet they reported:\n" + string.Join("\n", found));
    }

    private static string Describe(string id, string path, TextSpan span, SyntaxTree tree)
    {
        var line = tree.GetLineSpan(span).StartLinePosition;
        return $"{id} {path}({line.Line + 1},{line.Character + 1}): {tree.GetText().ToString(span)}";
    }
}

/// <summary>The test of one analyzer.</summary>
public class AnalyzerTest<TAnalyzer> : AnalyzerTest
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest()
        : base(new TAnalyzer())
    {
    }

    public static Task VerifyAsync(params string[] markups) => new AnalyzerTest<TAnalyzer>().WithSources(markups).RunAsync();
}
