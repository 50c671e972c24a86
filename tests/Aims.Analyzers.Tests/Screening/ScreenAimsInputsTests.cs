using Aims.Analyzers.Tests.Harness;
using Aims.Build.Tasks;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aims.Analyzers.Tests.Screening;

/// <summary>The MSBuild task that screens a compile's inputs, run on files as the build gives them.</summary>
public sealed class ScreenAimsInputsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aims-screening-").FullName;

    private static readonly string Annotations = typeof(AiSystemAttribute).Assembly.Location;

    private static readonly string Runtime = typeof(object).Assembly.Location;

    private static readonly string OpenAi = typeof(OpenAI.Chat.ChatClient).Assembly.Location;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_project_without_AI_does_not_need_the_analyzers_and_the_log_says_why()
    {
        var engine = new TestBuildEngine();
        var task = Task(engine, [Runtime, Annotations], ("Orders.cs", "namespace Shop; public sealed class Orders { public string DataSource { get; set; } = \"db\"; }"));

        Assert.True(task.Execute());

        Assert.False(task.MayHoldAi);
        Assert.Contains(engine.Messages, m => m.Contains("it runs without the package's analyzers and generator", StringComparison.Ordinal));
    }

    [Fact]
    public void A_referenced_AI_SDK_needs_them()
    {
        var engine = new TestBuildEngine();
        var task = Task(engine, [Runtime, Annotations, OpenAi], ("Orders.cs", "namespace Shop; public sealed class Orders { }"));

        Assert.True(task.Execute());

        Assert.True(task.MayHoldAi);
        Assert.Contains(engine.Messages, m => m.Contains("it references an AI SDK", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("namespace Shop; public sealed class Advisor { const string Endpoint = \"https://api.anthropic.com/v1/messages\"; }")]
    [InlineData("using Aims;\nnamespace Shop;\n[AiSystem(\"advisor\")] public sealed class Advisor { }")]
    public void Source_that_names_a_model_host_or_applies_an_Aims_attribute_needs_them(string source)
    {
        var task = Task(new TestBuildEngine(), [Runtime, Annotations], ("Orders.cs", "namespace Shop; public sealed class Orders { }"), ("Advisor.cs", source));

        Assert.True(task.Execute());

        Assert.True(task.MayHoldAi);
    }

    [Fact]
    public void Configured_model_call_symbols_need_them_from_an_editorconfig_or_the_property()
    {
        var fromFile = Task(new TestBuildEngine(), [Runtime], ("Orders.cs", "namespace Shop; public sealed class Orders { }"));
        fromFile.AnalyzerConfigFiles = [Item(Write(".editorconfig", "root = true\n[*.cs]\naims.model_call_symbols = T:Shop.Gateway\n"))];
        var fromProperty = Task(new TestBuildEngine(), [Runtime], ("Orders.cs", "namespace Shop; public sealed class Orders { }"));
        fromProperty.ModelCallSymbols = "T:Shop.Gateway";

        Assert.True(fromFile.Execute() && fromProperty.Execute());

        Assert.True(fromFile.MayHoldAi);
        Assert.True(fromProperty.MayHoldAi);
    }

    [Theory]
    [InlineData("is_global = true\nbuild_property.AimsModelCallSymbols = T:Shop.Gateway\n", true)]
    [InlineData("is_global = true\nbuild_property.AimsModelCallSymbols = \nbuild_property.RootNamespace = Shop\n", false)]
    [InlineData("root = true\n[*.cs]\n# aims.model_call_symbols = T:Shop.Gateway\n", false)]
    public void A_global_config_configures_symbols_only_by_giving_the_option_a_value(string text, bool configured)
    {
        var task = Task(new TestBuildEngine(), [Runtime], ("Orders.cs", "namespace Shop; public sealed class Orders { }"));
        task.AnalyzerConfigFiles = [Item(Write("Shop.GeneratedMSBuildEditorConfig.editorconfig", text))];

        Assert.True(task.Execute());

        Assert.Equal(configured, task.MayHoldAi);
    }

    [Fact]
    public void A_configuration_file_that_cannot_be_read_could_configure_anything()
    {
        var task = Task(new TestBuildEngine(), [Runtime], ("Orders.cs", "namespace Shop; public sealed class Orders { }"));
        task.AnalyzerConfigFiles = [Item(Path.Combine(_folder, "missing.globalconfig"))];

        Assert.True(task.Execute());

        Assert.True(task.MayHoldAi);
    }

    [Fact]
    public void A_path_the_host_cannot_handle_keeps_the_analyzers_and_fails_nothing()
    {
        var engine = new TestBuildEngine();
        var task = Task(engine, [Runtime]);
        task.Sources = [Item("bad\0path.cs")];

        Assert.True(task.Execute());

        Assert.True(task.MayHoldAi);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_source_file_that_cannot_be_read_could_hold_anything()
    {
        var task = Task(new TestBuildEngine(), [Runtime]);
        task.Sources = [Item(Path.Combine(_folder, "Missing.cs"))];

        Assert.True(task.Execute());

        Assert.True(task.MayHoldAi);
    }

    private ScreenAimsInputs Task(IBuildEngine engine, string[] references, params (string Name, string Text)[] sources) => new()
    {
        BuildEngine = engine,
        References = references.Select(Item).ToArray(),
        Sources = sources.Select(source => Item(Write(source.Name, source.Text))).ToArray(),
    };

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static ITaskItem Item(string path) => new TaskItem(path);
}
