using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Aims.Analyzers.Generator;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>
/// The pipeline is incremental: edits that change no governance fact leave every step Cached or Unchanged, and the IDE,
/// which runs no implementation output, runs none of its steps while a person types: its one output is the embedded
/// manifest, an implementation output.
/// </summary>
public sealed class GeneratorCachingTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.AttributeUses, TrackingNames.SourceUses, TrackingNames.References, TrackingNames.ReferencedUses, TrackingNames.BuildOptions,
        TrackingNames.AssemblyFacts, TrackingNames.Manifest,
    ];

    [Fact]
    public void Every_tracked_step_runs_in_a_build()
    {
        var steps = GeneratorRun.Run(SupportProjectWithPlainFile()).Result.Results.Single().TrackedSteps;
        Assert.Equal(TrackedSteps.Order(StringComparer.Ordinal), steps.Keys.Where(TrackedSteps.Contains).Order(StringComparer.Ordinal));
        Assert.Equal(TrackedSteps.Length, typeof(TrackingNames).GetFields().Length);
    }

    [Fact]
    public void An_edit_inside_a_method_body_leaves_every_step_cached_or_unchanged()
    {
        var (first, second) = RunTwice(IncrementalGeneratorOutputKind.None);
        var steps = second.Result.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            Assert.True(steps.ContainsKey(name), $"Step {name} did not run.");
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} re-ran with reason {output.Reason}.");
            }
        }

        Assert.Equal(first.ManifestJson, second.ManifestJson);
    }

    [Fact]
    public void While_typing_the_ide_runs_no_step_and_generates_nothing()
    {
        var (first, second) = RunTwice(IncrementalGeneratorOutputKind.Implementation);
        foreach (var run in new[] { first, second })
        {
            var result = run.Result.Results.Single();
            Assert.All(TrackedSteps, name => Assert.False(result.TrackedSteps.ContainsKey(name), $"Step {name} ran in the IDE."));
            Assert.Empty(result.GeneratedSources);
        }
    }

    [Fact]
    public void Typing_in_a_method_body_of_a_thousand_file_AI_dense_project_runs_no_step_and_generates_nothing()
    {
        var compilation = GeneratorRun.Compile(Enumerable.Range(0, 1000).Select(i => ($"System{i}.cs", $$"""
            using System.Threading.Tasks;
            using Aims;
            using Microsoft.Extensions.AI;
            namespace Dense.N{{i % 20}};
            [AiSystem("system-{{i}}", Purpose = "Answers question type {{i}}", Owner = "Team {{i % 7}}", Risk = AiRiskLevel.Limited)]
            [DataSource("source-{{i}}")]
            public sealed class System{{i}}(IChatClient chat)
            {
            {{string.Join("\n", Enumerable.Range(0, 10).Select(c => $"    public Task<ChatResponse> Ask{c}Async(string q) {{ return chat.GetResponseAsync(q); }}"))}}
            }
            """)));
        var first = GeneratorRun.Run(compilation, disabledOutputs: IncrementalGeneratorOutputKind.Implementation);
        var tree = compilation.SyntaxTrees.First();
        var body = tree.GetText().ToString().IndexOf("return", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(body, 0, "var typed = 1; ")));

        var result = GeneratorRun.Run(edited, first.Driver, disabledOutputs: IncrementalGeneratorOutputKind.Implementation).Result.Results.Single();

        Assert.All(TrackedSteps, name => Assert.False(result.TrackedSteps.ContainsKey(name), $"Step {name} ran while typing."));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void A_governance_edit_changes_the_manifest()
    {
        var compilation = GeneratorRun.Compile(ManifestSamples.SupportProject);
        var first = GeneratorRun.Run(compilation);

        var drafter = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("ReplyDrafter.cs", StringComparison.Ordinal));
        var text = drafter.GetText().ToString().Replace("Risk = AiRiskLevel.Limited", "Risk = AiRiskLevel.High", StringComparison.Ordinal);
        var second = GeneratorRun.Run(compilation.ReplaceSyntaxTree(drafter, drafter.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text))), first.Driver);

        var manifest = second.Result.Results.Single().TrackedSteps[TrackingNames.Manifest].Single().Outputs.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, manifest.Reason);
        Assert.Contains("\"risk\": \"High\"", second.ManifestJson, StringComparison.Ordinal);
    }

    [Fact]
    public void No_pipeline_model_holds_a_symbol_node_location_or_compilation()
    {
        var steps = GeneratorRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject)).Result.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            Assert.True(steps.ContainsKey(name), $"Step {name} did not run.");
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                AssertPlain(output.Value, name, depth: 0);
            }
        }
    }

    private static Compilation SupportProjectWithPlainFile() =>
        GeneratorRun.Compile(ManifestSamples.SupportProject.Append(("Plain.cs", "namespace Support; public sealed class Plain { public int Add(int a, int b) { return a + b; } }")));

    /// <summary>Runs the generator, edits a method body (no governance fact changes), and runs it again with the same driver.</summary>
    private static (GeneratorRun First, GeneratorRun Second) RunTwice(IncrementalGeneratorOutputKind disabledOutputs)
    {
        var compilation = SupportProjectWithPlainFile();
        var first = GeneratorRun.Run(compilation, disabledOutputs: disabledOutputs);
        var plain = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Plain.cs", StringComparison.Ordinal));
        var body = plain.GetText().ToString().IndexOf("return", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(plain, plain.WithChangedText(plain.GetText().Replace(body, 0, "var unused = 0; ")));
        return (first, GeneratorRun.Run(edited, first.Driver, disabledOutputs: disabledOutputs));
    }

    private static void AssertPlain(object? value, string step, int depth)
    {
        if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Location or Compilation or SemanticModel or SyntaxTree,
            $"Step {step} holds a {value.GetType().Name}.");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertPlain(item, step, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlain(field.GetValue(value), step, depth + 1);
        }
    }
}
