using System.Collections.Immutable;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Build.Tasks;
using Microsoft.Build.Utilities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Screening;

/// <summary>
/// The build screens files before the compile (ScreenAimsInputs) and the analyzers screen the compilation the compiler
/// makes of the same files (CompilationScope), with one <see cref="Aims.Manifest.Screening.InputScreening"/>: the two
/// must agree, or a compile run without the analyzers could be one they would have found AI in.
/// </summary>
public sealed class ScreeningAgreementTests : IDisposable
{
    private const string Plain = "namespace Shop; public sealed class Orders { public string DataSource { get; set; } = \"db\"; }";

    private readonly string _folder = Directory.CreateTempSubdirectory("aims-agreement-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string, bool> Cases() => new()
    {
        { "plain code", Plain, "", false },
        { "an attribute name without the namespace", "namespace Shop; [DataSource] public sealed class Orders { } public sealed class DataSourceAttribute : System.Attribute { }", "", false },
        { "a marker in a comment, a host split in two", "namespace Shop; // mark with [AiModelCall]\npublic static class Models { const string Host = \"api.openai.com\"; public static string Url = $\"https://{Host}/v1/models\"; }", "", false },
        { "an Aims attribute", "using Aims;\nnamespace Shop;\n[AiSystem(\"advisor\")] public sealed class Advisor { }", "", true },
        { "a model host", "namespace Shop; public static class Models { public const string Url = \"https://generativelanguage.googleapis.com/v1beta/models\"; }", "", true },
        { "configured symbols", Plain, "aims.model_call_symbols = T:Shop.Orders", true },
        { "an AI SDK", Plain, "sdk", true },
        { "a library built against Aims.Annotations", Plain, "library", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_and_the_analyzers_screen_the_same_inputs_alike(string @case, string source, string extra, bool mayHoldAi)
    {
        var sourcePath = Path.Combine(_folder, "Orders.cs");
        File.WriteAllText(sourcePath, source);
        var references = new List<string> { typeof(object).Assembly.Location, typeof(AiSystemAttribute).Assembly.Location };
        var global = ImmutableDictionary<string, string>.Empty;
        var configFiles = new List<TaskItem>();
        if (extra == "sdk")
        {
            references.Add(typeof(OpenAI.Chat.ChatClient).Assembly.Location);
        }
        else if (extra == "library")
        {
            references.Add(Library());
        }
        else if (extra.Length > 0)
        {
            var (key, value) = (extra[..extra.IndexOf('=')].Trim(), extra[(extra.IndexOf('=') + 1)..].Trim());
            global = global.Add(key, value);
            var config = Path.Combine(_folder, ".globalconfig");
            File.WriteAllText(config, $"is_global = true\n{key} = {value}\n");
            configFiles.Add(new TaskItem(config));
        }

        var task = new ScreenAimsInputs
        {
            BuildEngine = new TestBuildEngine(),
            References = references.Select(path => new TaskItem(path)).ToArray(),
            Sources = [new TaskItem(sourcePath)],
            AnalyzerConfigFiles = [.. configFiles],
        };
        Assert.True(task.Execute());
        var compilation = CSharpCompilation.Create(
            "Shop",
            [CSharpSyntaxTree.ParseText(source, path: sourcePath)],
            references.Select(path => MetadataReference.CreateFromFile(path)));
        var options = new TestAnalyzerConfigOptionsProvider(global, ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

        Assert.Equal((@case, mayHoldAi), (@case, task.MayHoldAi));
        Assert.Equal((@case, mayHoldAi), (@case, CompilationScope.MayHoldAi(compilation, options, default)));
    }

    private string Library()
    {
        var path = Path.Combine(_folder, "Contoso.Shared.dll");
        var result = CSharpCompilation.Create(
            "Contoso.Shared",
            [CSharpSyntaxTree.ParseText("[assembly: Aims.PartOfAiSystem(\"advisor\")]")],
            TestReferences.FrameworkAndAnnotations,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(path);
        Assert.True(result.Success);
        return path;
    }
}
