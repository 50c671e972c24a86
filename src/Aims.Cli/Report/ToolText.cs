using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>A tool in one line, for the bills of materials: "'SendEmail' (Function, acts: …; approval required) at Tools.cs:9 by AIFunctionFactory.Create".</summary>
internal static class ToolText
{
    public static string Of(ToolEntry tool)
    {
        var name = tool.Name is { } named ? $"'{named}'" : tool.Implementation ?? tool.Kind switch
        {
            nameof(AiToolKind.Hosted) => "a hosted tool",
            nameof(AiToolKind.ServerTools) => "the tools an MCP server lists",
            _ => "a lambda",
        };
        var effect = tool.Effect switch
        {
            nameof(AiToolEffect.Acting) => $"acts: {tool.EffectBasis}",
            nameof(AiToolEffect.ReadOnly) => $"reads only: {tool.EffectBasis}",
            _ => "effect not known",
        };
        var approval = tool.ApprovalRequired ? "approval required" : "no approval step shown";
        return $"{name} ({tool.Kind}, {effect}; {approval}) at {LocationText.Of(tool)} by {tool.HandedBy}";
    }
}
