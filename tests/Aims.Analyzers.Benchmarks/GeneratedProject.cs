using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aims.Analyzers.Benchmarks;

/// <summary>Generated projects of realistic service classes, with or without an AI call in each file.</summary>
public static class GeneratedProject
{
    public static CSharpCompilation Create(int files, bool withAiCalls)
    {
        var trees = Enumerable.Range(0, files)
            .Select(i => CSharpSyntaxTree.ParseText(withAiCalls ? AiFile(i) : PlainFile(i), path: $"/bench/File{i}.cs"))
            .ToList();
        return CSharpCompilation.Create(
            withAiCalls ? "WithAi" : "WithoutAi",
            trees,
            References(withAiCalls),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static string PlainFile(int i) =>
        File(i, extraUsing: "System.Net.Http", dependency: "HttpClient http", work: $"(await http.GetStringAsync(\"https://service{i}.example/items\")).Length");

    private static string AiFile(int i) =>
        File(i, extraUsing: "Microsoft.Extensions.AI", dependency: "IChatClient chat", work: $"(await chat.GetResponseAsync(\"Summarise item {i}\")).Text.Length");

    private static string File(int i, string extraUsing, string dependency, string work) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using {{extraUsing}};
        namespace Bench.N{{i % 20}};
        public sealed class Service{{i}}({{dependency}})
        {
            private readonly Dictionary<string, int> _counts = new();
            public async Task<int> RunAsync(IEnumerable<string> items)
            {
                var length = {{work}};
                foreach (var item in items.Where(x => x.Length > 2).Select(x => x.Trim()))
                {
                    _counts[item] = _counts.TryGetValue(item, out var n) ? n + 1 : 1;
                }
                return length + _counts.Count + Helper(i: {{i}});
            }
            private static int Helper(int i) => Math.Max(i, 0) * 2;
            public override string ToString() => $"Service{{i}}: {_counts.Count}";
        }
        """;

    public static IEnumerable<MetadataReference> References(bool withAiSdks)
    {
        var framework = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal) &&
                           (Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll"))
            .Select(path => MetadataReference.CreateFromFile(path));
        var annotations = MetadataReference.CreateFromFile(typeof(Aims.AiSystemAttribute).Assembly.Location);
        var sdks = withAiSdks
            ? new[] { typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location, typeof(OpenAI.Chat.ChatClient).Assembly.Location }
                .Select(path => MetadataReference.CreateFromFile(path))
            : [];
        return framework.Append(annotations).Concat(sdks);
    }
}
