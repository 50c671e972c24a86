using System.Text;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// docs/rules/AIMS014.md lists the credential sites and key formats from their tables (AIMS_UPDATE_DOCS=1 re-renders
/// them), and every row names a type, parameter and property that the SDK assemblies (or, where they do not restore, the
/// stubs) really have.
/// </summary>
public sealed class CredentialSitesDocumentationTests
{
    private const string DocumentPath = "docs/rules/AIMS014.md";

    private static readonly Lazy<Compilation> Sdks = new(() => CSharpCompilation.Create("Sdks", references: TestReferences.EverySdk));

    [Fact]
    public void The_rule_page_lists_the_credential_sites_table()
    {
        GeneratedRegion.AssertMatches(DocumentPath, "credential-sites", CredentialSitesTable("any type of an assembly of the [SDK catalogue](../sdk-catalogue.md)"), "AIMS_UPDATE_DOCS");
    }

    [Fact]
    public void The_rule_page_lists_the_key_formats_table()
    {
        GeneratedRegion.AssertMatches(DocumentPath, "key-formats", KeyFormatsTable(), "AIMS_UPDATE_DOCS");
    }

    /// <summary>The credential sites, as the rule page and the SDK catalogue show them; <paramref name="anySdkType"/> describes a row without a type.</summary>
    internal static string CredentialSitesTable(string anySdkType)
    {
        var text = new StringBuilder("| SDK | type | credential parameters | credential properties |\n|---|---|---|---|\n");
        foreach (var site in CredentialSites.All)
        {
            var type = site.TypeMetadataName is { } name ? $"`{name}`" : anySdkType;
            text.Append($"| {site.Sdk} | {type} | {Names(site.Parameters)} | {Names(site.Properties)} |\n");
        }

        return text.ToString();
    }

    /// <summary>The key formats, as the rule page and the SDK catalogue show them.</summary>
    internal static string KeyFormatsTable()
    {
        var text = new StringBuilder("| keys of | format |\n|---|---|\n");
        foreach (var format in KeyFormats.All)
        {
            var length = format.MaximumBodyLength == format.MinimumBodyLength ? $"{format.MinimumBodyLength}" : $"{format.MinimumBodyLength} or more";
            var alphabet = format.BodyAllowsDashAndUnderscore ? "letters, digits, `-` or `_`" : "letters or digits";
            text.Append($"| {format.Issuer} | `{format.Prefix}` then {length} {alphabet} |\n");
        }

        return text.ToString();
    }

    public static TheoryData<string> TypedSites() => new(CredentialSites.All.Where(site => site.TypeMetadataName is not null).Select(site => site.TypeMetadataName!));

    [Theory]
    [MemberData(nameof(TypedSites))]
    public void Each_credential_site_names_parameters_and_settable_properties_its_type_has(string typeMetadataName)
    {
        var site = CredentialSites.All.Single(row => row.TypeMetadataName == typeMetadataName);
        var type = Sdks.Value.GetTypeByMetadataName(typeMetadataName);
        Assert.NotNull(type);
        AssertHas(type, site);
    }

    [Fact]
    public void The_row_for_every_SDK_type_names_the_keys_of_OpenAI_Google_Gen_AI_and_Anthropic()
    {
        var site = CredentialSites.AnySdkType;
        Assert.Null(site.TypeMetadataName);
        AssertHas(Sdks.Value.GetTypeByMetadataName("OpenAI.OpenAIClient")!, site with { Properties = [] });
        AssertHas(Sdks.Value.GetTypeByMetadataName("OpenAI.Chat.ChatClient")!, site with { Properties = [] });
        AssertHas(Sdks.Value.GetTypeByMetadataName("Google.GenAI.Client")!, site with { Properties = [] });
        AssertHas(Sdks.Value.GetTypeByMetadataName("Anthropic.AnthropicClient")!, site with { Parameters = [] });
        AssertHas(Sdks.Value.GetTypeByMetadataName("Anthropic.Core.ClientOptions")!, site with { Parameters = [] });
    }

    [Fact]
    public void Each_key_format_accepts_a_key_of_its_shape_and_rejects_a_shorter_one()
    {
        foreach (var format in KeyFormats.All)
        {
            var key = format.Prefix + new string('a', format.MinimumBodyLength);
            Assert.True(format.Matches(key), key);
            Assert.False(format.Matches(key[..^1]), key[..^1]);
            Assert.False(format.Matches(key[..^1] + "!"), key[..^1] + "!");
        }
    }

    private static void AssertHas(INamedTypeSymbol type, CredentialSite site)
    {
        var parameters = type.GetMembers().OfType<IMethodSymbol>().SelectMany(method => method.Parameters).Select(parameter => parameter.Name).ToHashSet();
        Assert.All(site.Parameters, name => Assert.Contains(name, parameters));
        Assert.All(site.Properties, name => Assert.Contains(type.GetMembers(name), member => member is IPropertySymbol { SetMethod: not null }));
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"`{name}`"));
}
