using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Benchmarks;

/// <summary>A generated project of 1,000 declared AI systems with 10 model calls each: 10,000 call sites.</summary>
public static class GeneratedInventory
{
    public static CSharpCompilation Create(int systems = 1000, int callsPerSystem = 10)
    {
        var trees = Enumerable.Range(0, systems).Select(i => CSharpSyntaxTree.ParseText(System(i, callsPerSystem), path: $"/bench/System{i}.cs"));
        return CSharpCompilation.Create(
            "Inventory",
            trees,
            GeneratedProject.References(withAiSdks: true),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static string System(int i, int calls) => $$"""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        namespace Bench.N{{i % 20}};
        [AiSystem("system-{{i}}", Name = "System {{i}}", Purpose = "Answers question type {{i}}", Owner = "Team {{i % 7}}", Risk = AiRiskLevel.Limited)]
        [HumanOversight(OversightMode.HumanOnTheLoop, Reviewer = "Operator")]
        [DataSource("source-{{i}}", Usage = DataUsage.Grounding)]
        [AiModel("OpenAI", "gpt-4o-2024-08-06")]
        public sealed class System{{i}}(IChatClient chat)
        {
        {{string.Join("\n", Enumerable.Range(0, calls).Select(c => $"    public Task<ChatResponse> Ask{c}Async(string q) => chat.GetResponseAsync(q);"))}}
        }
        """;
}
