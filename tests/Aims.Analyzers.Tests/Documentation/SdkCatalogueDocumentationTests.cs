using System.Text;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Xunit;

namespace Aims.Analyzers.Tests.Documentation;

/// <summary>
/// docs/sdk-catalogue.md is rendered from the catalogue table. When the table changes, run the tests with
/// AIMS_UPDATE_DOCS=1 to rewrite the page, and review the diff.
/// </summary>
public sealed class SdkCatalogueDocumentationTests
{
    private const string DocumentPath = "docs/sdk-catalogue.md";

    [Fact]
    public void The_catalogue_page_matches_the_catalogue_table()
    {
        ReviewedFile.AssertMatches(DocumentPath, Render(), "AIMS_UPDATE_DOCS");
    }

    [Fact]
    public void Every_catalogue_row_names_members_and_a_well_formed_type()
    {
        Assert.All(AiSdkCatalog.Entries, entry =>
        {
            Assert.NotEmpty(entry.Members);
            Assert.DoesNotContain(' ', entry.TypeMetadataName);
            Assert.DoesNotContain('<', entry.TypeMetadataName);
            Assert.Equal(entry.Members.Length, entry.Members.Distinct(StringComparer.Ordinal).Count());
        });
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("""
            # AI SDK catalogue

            <!-- Rendered from src/Aims.Analyzers/Detection/AiSdkCatalog.cs and ModelHostCatalog.cs by
                 SdkCatalogueDocumentationTests; run the tests with AIMS_UPDATE_DOCS=1 to refresh it. -->

            A call is an AI model call when the method (or constructor) it binds to is one of these members, overrides one,
            or implements one of an interface listed here. Types are matched by metadata name in any referenced assembly,
            so a row costs nothing when its SDK is not referenced. Adding an SDK is adding rows to the table.

            | SDK | provider | type | members | kind |
            |---|---|---|---|---|

            """);
        foreach (var entry in AiSdkCatalog.Entries)
        {
            text.Append($"| {entry.Sdk} | {entry.Provider?.Name ?? "(the one behind the abstraction)"} | `{entry.TypeMetadataName}` | {string.Join(", ", entry.Members)} | {entry.Kind} |\n");
        }

        text.Append("""

            ## Model hosts for raw HTTP

            An `HttpClient` call (and the `System.Net.Http.Json` extensions) is a model call when its URL is a compile-time
            constant on one of these hosts: a literal, a `const`, a constant interpolated string, `new Uri(constant)`, or an
            `HttpRequestMessage` built from one inline or in a local variable's initializer. `*` stands for one DNS label.

            | host | provider |
            |---|---|

            """);
        foreach (var host in ModelHostCatalog.Hosts)
        {
            text.Append($"| `{host.Pattern}` | {host.Provider.Name} |\n");
        }

        text.Append("""

            ## Your own model calls

            - `[AiModelCall]` on a method or constructor, in source or in a referenced assembly, makes calls to it model calls
              (including calls through overrides and implementations of it); the calls inside its body are its implementation.
            - `aims.model_call_symbols` in `.editorconfig` or `.globalconfig`, or the MSBuild property `AimsModelCallSymbols`,
              lists documentation-comment ids: `T:` makes every method declared on the type a model call, `M:` one method or
              constructor.
            """);
        return text.ToString();
    }
}
