using System.Text;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Tests.Harness;
using Aims.Manifest.Catalog;
using Aims.Manifest.Screening;
using Aims.Manifest.Vocabulary;
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

    [Fact]
    public void Every_kind_of_call_has_a_description_on_the_page() =>
        Assert.All(Enum.GetValues<AiCallKind>(), kind => Assert.False(string.IsNullOrWhiteSpace(DescriptionOf(kind))));

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("""
            # AI SDK catalogue

            <!-- Rendered from src/Aims.Manifest/Catalog/AiSdkCatalog.cs, ModelProviders.cs and UnpinnableModels.cs,
                 src/Aims.Analyzers/Detection/AiToolCatalog.cs, CredentialSites.cs and KeyFormats.cs, and
                 src/Aims.Manifest/Screening/ModelHosts.cs, by
                 SdkCatalogueDocumentationTests; run the tests with AIMS_UPDATE_DOCS=1 to refresh it. -->

            A call is an AI call when the method (or constructor) it binds to is one of these members, overrides one,
            or implements one of an interface listed here. Types are matched by metadata name in any referenced assembly,
            so a row costs nothing when its SDK is not referenced. Adding an SDK is adding rows to the table.

            ## Kinds of call

            A model call runs a model or sends it data, and is reported by AIMS001 when no AI system covers it. A service
            call sends data to, or manages resources at, an AI provider without running a model, and is reported by AIMS020.
            The manifest lists every call with its kind and category.

            | kind | category | what it covers |
            |---|---|---|

            """);
        foreach (var kind in Enum.GetValues<AiCallKind>())
        {
            text.Append($"| {kind} | {(AiCallKinds.CategoryOf(kind) == AiCallCategory.Service ? "service" : "model")} | {DescriptionOf(kind)} |\n");
        }

        var tested = SdkPackages.ByFamily.OrderBy(family => family.Key, StringComparer.Ordinal).ToList();
        text.Append($"""

            ## Members

            The rows of the SDKs that restore here are checked against their real assemblies by `CatalogueAssemblyTests`:
            {Join(tested.Select(family => family.Key))} against {Join(tested.SelectMany(family => family.Value).Select(package => package.ToString()))}.
            Every member of such a row is a public method of its type in one of them, unless the row says which other
            versions it is kept for; then none of its members is in them. The rows of SDKs that do not restore here
            ({Join(AiSdkCatalog.Entries.Select(entry => entry.Sdk).Where(family => family != AiSdkCatalog.HttpSdk && !SdkPackages.ByFamily.ContainsKey(family)).Distinct().Order(StringComparer.Ordinal))})
            are checked against stubs of their assemblies. `CatalogueDetectionTests` then calls every member of every row that
            is not kept for other versions, on those assemblies, and each call must be found as the row's kind says; a row kept
            for earlier versions is called the same way on each earlier version served here that has its members
            ({Join(SdkPackages.Earlier.Values.SelectMany(packages => packages).Select(package => package.ToString()))}), and a
            row kept for versions not served here is called by name, as code written for them does, on its type as the
            referenced version has it, where that type still exists.

            | SDK | provider | type | members | kind | kept for |
            |---|---|---|---|---|---|

            """);
        foreach (var entry in AiSdkCatalog.Entries)
        {
            text.Append($"| {entry.Sdk} | {entry.Provider?.Name ?? "(the one behind the abstraction)"} | `{entry.TypeMetadataName}` | {string.Join(", ", entry.Members)} | {entry.Kind} | {entry.KeptFor} |\n");
        }

        text.Append("""

            ## Model hosts for raw HTTP

            An `HttpClient` call (and the `System.Net.Http.Json` extensions) is a model call when its URL is a compile-time
            constant on one of these hosts: a literal, a `const`, a constant interpolated string, `new Uri(constant)`, or an
            `HttpRequestMessage` built from one inline or in a local variable's initializer. `*` stands for one DNS label.
            In a project that references no AI SDK, Aims decides from the text of its sources whether to analyse it at
            all, so there the scheme and the host must also be written together somewhere in its source:
            `"https://api.openai.com/"` in a `const` counts, a host kept apart from its `https://` does not.

            | host | provider |
            |---|---|

            """);
        foreach (var host in ModelHosts.All)
        {
            text.Append($"| `{host.Pattern}` | {host.ProviderName} |\n");
        }

        text.Append("""

            ### Relative URLs and base addresses

            A relative request URL (`"chat/completions"`, `"/api/chat"`, `""`) goes where `HttpClient` sends it: to the
            client's `BaseAddress` combined with it as `new Uri(baseAddress, requestUri)` combines them. An absolute request
            URL, or one that starts with `//`, wins over the base address. The call is a model call when the combined URL is
            on a model host and the base address is a compile-time constant (read as above; a `const` declared in another
            file counts) given to the client in the call's own file, or, for a client of IHttpClientFactory, in the
            registrations of any file of the project:
            - where the client is created: `new HttpClient { BaseAddress = new Uri(constant) }`, in place, or as the
              initializer of, or a value assigned to, the local, field or auto-property that holds it;
            - by `client.BaseAddress = new Uri(constant)` on that variable: a local or parameter anywhere in its method, a
              field or auto-property anywhere in the type that declares it (in practice, its constructors);
            - through the variable the client was assigned from (`_http = httpClient;` in a constructor);
            - for a constructor parameter of a typed client `T`: `services.AddHttpClient<T>(c => c.BaseAddress = ...)`,
              also with `(sp, c) =>`, with a name, as `AddHttpClient<TClient, T>`, or with `.ConfigureHttpClient(c => ...)`
              chained on it;
            - for `factory.CreateClient("name")` on `IHttpClientFactory`: `services.AddHttpClient("name", c => ...)`;
            these registrations count in any file of the project (typically `Program.cs`).

            The base address is unknown, and the call is not reported, when the code gives the client two different base
            addresses, or one that is not a constant (configuration, a parameter, a `static readonly Uri`), or configures it
            with a delegate that is not a lambda. Not followed, so not reported: a base address set in another file than
            the call's other than by a registration (another part of a partial class), a client returned by a method, a
            property with a body, and writes to a client's `BaseAddress` from another type. For such a
            client, mark its methods `[AiModelCall]` or list its type in `aims.model_call_symbols` (below).

            ## Tools

            A tool is what code hands a model to call: the model may then ask for it to be run. AIMS024 reports a tool
            that no AI system covers, AIMS025 one that acts on a system without human oversight, and the manifest lists
            each tool under its system with its effect ([the rule](rules/AIMS025.md) says how the effect is read). These
            rows are checked against the real assemblies by `ToolCatalogueAssemblyTests`. A type of the project derived
            from `Microsoft.Extensions.AI.AITool` is a tool too, where it is created.

            | SDK | type | members | makes | effect of a hosted tool |
            |---|---|---|---|---|

            """);
        foreach (var entry in AiToolCatalog.Entries)
        {
            var members = entry.Source == AiToolSource.ToolAttribute ? "(methods carrying it)" : string.Join(", ", entry.Members);
            var effect = entry.Source == AiToolSource.Hosted ? (entry.EffectBasis is { } basis ? $"{entry.Effect}: {basis}" : entry.Effect.ToString()) : string.Empty;
            text.Append($"| {entry.Sdk} | `{entry.TypeMetadataName}` | {members} | {Makes(entry.Source)} | {effect} |\n");
        }

        text.Append("""

            ## Your own model calls

            - `[AiModelCall]` on a method or constructor, in source or in a referenced assembly, makes calls to it model calls
              (including calls through overrides and implementations of it); the calls inside its body are its implementation.
            - `aims.model_call_symbols` in `.editorconfig` or `.globalconfig`, or the MSBuild property `AimsModelCallSymbols`,
              lists documentation-comment ids: `T:` makes every method declared on the type a model call, `M:` one method or
              constructor.

            ## Credentials and model identifiers

            AIMS014 reports a literal credential where it goes into an AI SDK ([the rule](rules/AIMS014.md)): these
            parameters and properties.
            """).Append("\n\n");
        text.Append(CredentialSitesDocumentationTests.CredentialSitesTable("any type of an assembly of the catalogue"));
        text.Append("""

            A literal elsewhere is reported only when it has the format of a provider's key:
            """).Append("\n\n");
        text.Append(CredentialSitesDocumentationTests.KeyFormatsTable());
        text.Append("""

            AIMS010 reports a model identifier that is not pinned ([the rule](rules/AIMS010.md)) where a pinned one exists.
            The pinned form of each provider:
            """).Append("\n\n");
        text.Append(PinnedModelsDocumentationTests.PinnedFormsTable());
        text.Append("""

            The models that cannot be pinned, as their providers publish no dated snapshot or version of them:
            """).Append("\n\n");
        text.Append(PinnedModelsDocumentationTests.UnpinnableModelsTable());
        return text.ToString();
    }

    private static string Makes(AiToolSource source) => source switch
    {
        AiToolSource.Function => "a function tool, named by its name argument or its method",
        AiToolSource.Plugin => "a function tool per [KernelFunction] method of the plugin type",
        AiToolSource.Hosted => "a tool the provider runs",
        AiToolSource.ServerTools => "the tools an MCP server lists at run time",
        _ => "a function tool of each method carrying the attribute",
    };

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string DescriptionOf(AiCallKind kind) => kind switch
    {
        AiCallKind.Chat => "a prompt or conversation sent to a language model",
        AiCallKind.Responses => "a model response from OpenAI's Responses API, with its tools",
        AiCallKind.Completion => "a text completion of a prompt",
        AiCallKind.Embeddings => "text or data turned into vectors by a model",
        AiCallKind.ImageGeneration => "images generated or edited by a model",
        AiCallKind.VideoGeneration => "videos generated by a model",
        AiCallKind.SpeechToText => "speech transcribed or translated by a model",
        AiCallKind.TextToSpeech => "speech generated by a model",
        AiCallKind.Moderation => "content classified by a moderation model",
        AiCallKind.Agent => "an agent or assistant run: a model and its tools run in a loop",
        AiCallKind.Realtime => "a live session with a model: opening it, sending into it, or minting its client secret",
        AiCallKind.Evaluation => "graders or evaluation runs that run a model over test data",
        AiCallKind.Prediction => "a trained model run on input data (ML.NET, ONNX Runtime, TorchSharp, Vertex AI predictions)",
        AiCallKind.HttpEndpoint => "an HTTP request to a known model host",
        AiCallKind.Custom => "a member marked [AiModelCall] or listed in aims.model_call_symbols",
        AiCallKind.Files => "files uploaded to, read from or deleted at the provider: documents, containers, skills, voice recordings, generated videos",
        AiCallKind.VectorStores => "vector stores built at the provider from uploaded files, and searches in them",
        AiCallKind.Assistants => "assistants and agents kept at the provider, with their threads, messages, runs, sessions, memories and vaults",
        AiCallKind.Conversations => "conversation state the provider keeps: stored chat completions and responses, conversations",
        AiCallKind.Batch => "batch jobs, their status and their results",
        AiCallKind.FineTuning => "fine-tuning jobs, their checkpoints and who may use them",
        AiCallKind.Evals => "evaluation definitions, run records and grader checks kept at the provider",
        AiCallKind.Models => "models listed, looked up or deleted",
        AiCallKind.TokenCounting => "a prompt sent to the provider to count its tokens; nothing is generated",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A kind of AI call without a description for docs/sdk-catalogue.md."),
    };
}
