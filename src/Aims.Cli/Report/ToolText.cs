using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>A tool in one line, for the bills of materials: "tool 'SendEmail' (Function, acts: …; approval required) at Tools.cs:9 by AIFunctionFactory.Create".</summary>
internal static class ToolText
{
    public static string Of(ToolEntry tool)
    {
        var name = AiToolKinds.Describe(tool.Name, tool.Implementation, tool.Kind);
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
