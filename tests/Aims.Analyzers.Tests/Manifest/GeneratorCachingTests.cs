using System.Collections;
using System.Reflection;
using Aims.Analyzers.Generator;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Manifest;

/// <summary>The pipeline is incremental: edits that change no governance fact leave every step Cached or Unchanged.</summary>
public sealed class GeneratorCachingTests
{
    private static readonly string[] TrackedSteps =
    [
        TrackingNames.AttributeUses, TrackingNames.AllAttributeUses, TrackingNames.CallSites, TrackingNames.AllCallSites, TrackingNames.ConfiguredCallSites, TrackingNames.ModelLiterals, TrackingNames.AllModelLiterals,
        TrackingNames.BuildOptions, TrackingNames.AssemblyIdentity, TrackingNames.Manifest,
    ];

    [Fact]
    public void An_edit_that_changes_no_governance_fact_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorRun.Compile(ManifestSamples.SupportProject.Append(("Plain.cs", "namespace Support; public sealed class Plain { public int Add(int a, int b) => a + b; }")));
        var first = GeneratorRun.Run(compilation);

        var plain = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Plain.cs", StringComparison.Ordinal));
        var edited = compilation.ReplaceSyntaxTree(plain, plain.WithChangedText(plain.GetText().Replace(0, 0, "// an unrelated comment\n")));
        var second = GeneratorRun.Run(edited, first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps.Where(steps.ContainsKey))
        {
            foreach (var output in steps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} re-ran with reason {output.Reason}.");
            }
        }

        Assert.Contains(TrackingNames.Manifest, (IDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>>)steps);
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
        var run = GeneratorRun.Run(GeneratorRun.Compile(ManifestSamples.SupportProject));
        foreach (var (name, steps) in run.Result.Results.Single().TrackedSteps.Where(step => TrackedSteps.Contains(step.Key)))
        {
            foreach (var output in steps.SelectMany(step => step.Outputs))
            {
                AssertPlain(output.Value, name, depth: 0);
            }
        }
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
