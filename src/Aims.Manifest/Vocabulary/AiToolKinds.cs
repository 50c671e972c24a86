namespace Aims.Manifest.Vocabulary;

/// <summary>How messages, reports and bills of materials name a tool, from what a manifest holds of it.</summary>
internal static class AiToolKinds
{
    /// <summary>"tool 'SendEmail'" by its name or method, else what it is: "a hosted tool", "the tools an MCP server lists".</summary>
    public static string Describe(string? name, string? implementation, string kind) =>
        (name ?? implementation) is { } named ? $"tool '{named}'" : kind switch
        {
            nameof(AiToolKind.Hosted) => "a hosted tool",
            nameof(AiToolKind.ServerTools) => "the tools an MCP server lists",
            nameof(AiToolKind.ProviderDefined) => "a tool the provider defines",
            _ => "an unnamed function tool",
        };
}
