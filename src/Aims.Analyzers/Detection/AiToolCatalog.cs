using System.Collections.Immutable;
using Aims.Manifest.Catalog;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The built-in table of SDK members that hand a model a tool: what an AI system lets a model ask to be done. Tool
/// detection, the manifest's tools and docs/sdk-catalogue.md all read this table.
/// </summary>
internal static class AiToolCatalog
{
    public const string KernelFunctionAttribute = "Microsoft.SemanticKernel.KernelFunctionAttribute";

    /// <summary>Wrapping a function in this type makes every call of it wait for a person's approval.</summary>
    public const string ApprovalRequiredFunction = "Microsoft.Extensions.AI.ApprovalRequiredAIFunction";

    /// <summary>The base of every tool of Microsoft.Extensions.AI: creating a type of the project derived from it makes a tool.</summary>
    public const string ToolBase = "Microsoft.Extensions.AI.AITool";

    /// <summary>The base of tools that wrap another tool, which is counted where it is made.</summary>
    public const string DelegatingFunction = "Microsoft.Extensions.AI.DelegatingAIFunction";

    public const string HostedMcpServerTool = "Microsoft.Extensions.AI.HostedMcpServerTool";

    public const string ApprovalMode = "Microsoft.Extensions.AI.HostedMcpServerToolApprovalMode";

    public const string AlwaysRequireApprovalMode = "Microsoft.Extensions.AI.HostedMcpServerToolAlwaysRequireApprovalMode";

    /// <summary>The SDK family of Microsoft.Extensions.AI, whose AITool a project's own tool types derive from.</summary>
    public const string ExtensionsAi = "Microsoft.Extensions.AI";


    private const string SemanticKernel = "Semantic Kernel";
    private const string Mcp = "Model Context Protocol";
    private const string OpenAI = "OpenAI";

    public static ImmutableArray<AiToolEntry> Entries { get; } = ImmutableArray.Create<AiToolEntry>(
    [
        Row(ExtensionsAi, "Microsoft.Extensions.AI.AIFunctionFactory", AiToolSource.Function, "Create", "CreateDeclaration"),
        Hosted(ExtensionsAi, "Microsoft.Extensions.AI.HostedWebSearchTool", AiToolEffect.ReadOnly, "the provider searches the web", AiSdkEntry.Constructor),
        Hosted(ExtensionsAi, "Microsoft.Extensions.AI.HostedFileSearchTool", AiToolEffect.ReadOnly, "the provider searches files given to it", AiSdkEntry.Constructor),
        Hosted(ExtensionsAi, "Microsoft.Extensions.AI.HostedImageGenerationTool", AiToolEffect.ReadOnly, "the provider generates images", AiSdkEntry.Constructor),
        Hosted(ExtensionsAi, "Microsoft.Extensions.AI.HostedToolSearchTool", AiToolEffect.ReadOnly, "the provider searches tool definitions", AiSdkEntry.Constructor),
        // Code the model writes runs at the provider, and a remote MCP server's tools can be anything: the code cannot tell.
        Hosted(ExtensionsAi, "Microsoft.Extensions.AI.HostedCodeInterpreterTool", AiToolEffect.Unknown, null, AiSdkEntry.Constructor),
        Hosted(ExtensionsAi, HostedMcpServerTool, AiToolEffect.Unknown, null, AiSdkEntry.Constructor),

        Row(SemanticKernel, "Microsoft.SemanticKernel.KernelFunctionFactory", AiToolSource.Function, "CreateFromMethod"),
        Row(SemanticKernel, "Microsoft.SemanticKernel.KernelExtensions", AiToolSource.Function, "CreateFunctionFromMethod"),
        Row(SemanticKernel, "Microsoft.SemanticKernel.KernelExtensions", AiToolSource.Plugin,
            "AddFromType", "AddFromObject", "ImportPluginFromType", "ImportPluginFromObject", "CreatePluginFromType", "CreatePluginFromObject"),
        Row(SemanticKernel, "Microsoft.SemanticKernel.KernelPluginFactory", AiToolSource.Plugin, "CreateFromType", "CreateFromObject"),

        Row(Mcp, "ModelContextProtocol.Server.McpServerToolAttribute", AiToolSource.ToolAttribute),
        Row(Mcp, "ModelContextProtocol.Server.McpServerTool", AiToolSource.Function, "Create"),
        Row(Mcp, "ModelContextProtocol.Client.McpClient", AiToolSource.ServerTools, "ListToolsAsync"),

        Row(OpenAI, "OpenAI.Chat.ChatTool", AiToolSource.Function, "CreateFunctionTool"),
        Row(OpenAI, "OpenAI.Responses.ResponseTool", AiToolSource.Function, "CreateFunctionTool", "CreateCustomTool"),
        Hosted(OpenAI, "OpenAI.Responses.ResponseTool", AiToolEffect.ReadOnly, "the provider searches the web", "CreateWebSearchTool", "CreateWebSearchPreviewTool"),
        Hosted(OpenAI, "OpenAI.Responses.ResponseTool", AiToolEffect.ReadOnly, "the provider searches files given to it", "CreateFileSearchTool"),
        Hosted(OpenAI, "OpenAI.Responses.ResponseTool", AiToolEffect.ReadOnly, "the provider generates images", "CreateImageGenerationTool"),
        Hosted(OpenAI, "OpenAI.Responses.ResponseTool", AiToolEffect.Unknown, null, "CreateCodeInterpreterTool", "CreateMcpTool"),
        // The model asks for the actions and the application carries them out.
        Defined(OpenAI, "OpenAI.Responses.ResponseTool", AiToolEffect.Acting, "the model operates a computer: it clicks, types and runs what it sees", "CreateComputerTool"),
        Defined(OpenAI, "OpenAI.Responses.ResponseTool", AiToolEffect.Acting, "the model's patches are applied to files", "CreateApplyPatchTool"),
    ]);

    private static AiToolEntry Row(string sdk, string type, AiToolSource source, params string[] members) =>
        new(sdk, type, ImmutableArray.Create(members), source);

    private static AiToolEntry Defined(string sdk, string type, AiToolEffect effect, string basis, params string[] members) =>
        new(sdk, type, ImmutableArray.Create(members), AiToolSource.ProviderDefined, effect, basis);

    private static AiToolEntry Hosted(string sdk, string type, AiToolEffect effect, string? basis, params string[] members) =>
        new(sdk, type, ImmutableArray.Create(members), AiToolSource.Hosted, effect, basis);
}
