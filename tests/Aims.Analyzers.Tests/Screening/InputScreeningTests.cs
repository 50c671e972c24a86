using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Catalog;
using Aims.Manifest.Screening;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Screening;

/// <summary>
/// The facts the build's screening decides from. That the analyzers find nothing where it sees no AI is checked by every
/// analyzer test (AnalyzerTest) and every in-process build (BuildRun); these pin the facts themselves.
/// </summary>
public sealed class InputScreeningTests
{
    [Theory]
    [InlineData("var url = \"https://api.openai.com/v1/chat/completions\";")]
    [InlineData("var url = $\"https://{resource}.openai.azure.com/\"; var other = \"https://Contoso.OpenAI.Azure.com/openai\";")]
    [InlineData("// calls http://localhost:11434/api/chat")]
    public void A_URL_on_a_model_host_is_a_mention_of_one(string text) =>
        Assert.True(SourceMentions.Of(text).ModelHost);

    [Theory]
    [InlineData("var url = \"https://api.example.com/v1\";")]
    [InlineData("var url = \"https://openai.com.example.org/\";")]
    [InlineData("var url = \"http://localhost:5000/api/chat\";")]
    public void Other_URLs_are_not(string text) =>
        Assert.False(SourceMentions.Of(text).ModelHost);

    [Theory]
    [InlineData("using Aims;\n[AiSystem(\"triage\")] class C { }", true, true, false)]
    [InlineData("[Aims.AiModelCall] void M() { }", true, true, true)]
    [InlineData("builder.DataSource = server;", true, false, false)]
    [InlineData("class Aims { }", false, true, false)]
    [InlineData("class Service { }", false, false, false)]
    public void The_scan_sees_attribute_names_and_the_namespace_separately(string text, bool attribute, bool aimsNamespace, bool modelCall)
    {
        var mentions = SourceMentions.Of(text);

        Assert.Equal((attribute, aimsNamespace, modelCall), (mentions.AimsAttribute, mentions.AimsNamespace, mentions.ModelCallAttribute));
    }

    [Fact]
    public void Inputs_without_any_fact_hold_no_AI() =>
        Assert.False(new CompilationInputs(false, false, false, false, false, false).MayHoldAi);

    [Theory]
    [InlineData(true, false, false, false)]
    [InlineData(false, true, false, false)]
    [InlineData(false, false, true, false)]
    [InlineData(false, false, false, true)]
    public void Each_reference_configuration_or_host_fact_alone_may_hold_AI(bool sdk, bool aimsUser, bool configured, bool host) =>
        Assert.True(new CompilationInputs(sdk, aimsUser, configured, host, false, false).MayHoldAi);

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    public void An_attribute_name_needs_the_namespace_Aims_beside_it(bool attribute, bool aimsNamespace, bool mayHoldAi) =>
        Assert.Equal(mayHoldAi, new CompilationInputs(false, false, false, false, attribute, aimsNamespace).MayHoldAi);

    [Fact]
    public void A_reference_named_as_an_SDK_decides_without_its_metadata()
    {
        var screening = new InputScreening();

        Assert.False(screening.AddReference("/home/me/.nuget/packages/openai/2.15.0/lib/net8.0/OpenAI.dll"));
        Assert.True(screening.Inputs.ReferencesAiSdk);
    }

    [Fact]
    public void A_framework_reference_pack_is_not_read()
    {
        var screening = new InputScreening();

        Assert.False(screening.AddReference("/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.0/ref/net10.0/System.Runtime.dll"));
        Assert.False(screening.MayHoldAi);
    }

    [Fact]
    public void A_reference_whose_metadata_cannot_be_read_could_be_anything()
    {
        var screening = new InputScreening();

        Assert.True(screening.AddReference("/libs/Vendor.dll"));
        screening.AddReferenceMetadata(null);

        Assert.True(screening.Inputs.ReferencesAimsUsers);
    }

    [Theory]
    [InlineData("[assembly: Aims.PartOfAiSystem(\"triage\")]", true)]
    [InlineData("public static class Strings { public const string DataSource = \"db\"; }", false)]
    public void A_library_is_an_Aims_user_when_it_was_built_against_Aims_Annotations(string source, bool user)
    {
        var screening = new InputScreening();
        screening.AddReference("/libs/Contoso.Shared.dll");

        WithMetadataOf("Contoso.Shared", source, screening.AddReferenceMetadata);

        Assert.Equal(user, screening.Inputs.ReferencesAimsUsers);
        Assert.False(screening.Inputs.ReferencesAiSdk);
    }

    [Fact]
    public void An_SDK_assembly_in_a_file_of_another_name_is_known_by_its_metadata()
    {
        var screening = new InputScreening();
        screening.AddReference("/libs/renamed.dll");

        WithMetadataOf("OpenAI", "namespace OpenAI.Chat { public class ChatClient { } }", screening.AddReferenceMetadata);

        Assert.True(screening.Inputs.ReferencesAiSdk);
    }

    [Theory]
    [InlineData("[*.cs]\naims.model_call_symbols = T:Contoso.Gateway\n", true)]
    [InlineData("is_global = true\nAIMS.Model_Call_Symbols = M:Contoso.Gateway.Ask(System.String)\n", true)]
    [InlineData("[*.cs]\ndotnet_diagnostic.AIMS001.severity = error\n", false)]
    public void Configured_model_call_symbols_are_read_from_the_analyzer_configuration(string text, bool configured)
    {
        var screening = new InputScreening();

        screening.AddAnalyzerConfiguration(text);

        Assert.Equal(configured, screening.Inputs.ConfiguresModelCallSymbols);
    }

    [Fact]
    public void Every_model_host_names_a_provider_of_the_provider_table() =>
        Assert.All(ModelHosts.All, host => Assert.True(ModelProviders.OfHost(host) is not null, $"{host.Pattern} names '{host.ProviderName}', which ModelProviders does not have"));

    private static void WithMetadataOf(string assemblyName, string source, Action<MetadataReader> read)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source)],
            TestReferences.Default,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        image.Position = 0;
        using var pe = new PEReader(image);
        read(pe.GetMetadataReader());
    }
}
