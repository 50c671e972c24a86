using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>A location as people read it: "App: ReplyDrafter.cs:12", or "from Contoso.Shared (Ns.Type)" for a metadata copy.</summary>
internal static class LocationText
{
    public static string? Of(SourceLocation? location) => location switch
    {
        null => null,
        { Path: { } path } => (location.Assembly is { } assembly ? assembly + ": " : "") + path + (location.Line is { } line ? $":{line}" : ""),
        _ => $"from {location.Assembly}" + (location.Symbol is { } symbol ? $" ({symbol})" : ""),
    };

    /// <summary>"App: Router.cs:13", or, for a call read from a binary without a PDB, the member it is in.</summary>
    public static string Of(CallSite call) => (call.Assembly is { } assembly ? assembly + ": " : "") +
        (call.Path is { } path ? $"{path}:{call.Line}" : $"in {call.CallingMember} (no source line: read from a binary without a PDB)");

    public static string Of(ToolEntry tool) => (tool.Assembly is { } assembly ? assembly + ": " : "") + $"{tool.Path}:{tool.Line}";

    public static string? Of(Finding finding) => finding.Path is null
        ? finding.Assembly
        : (finding.Assembly is { } assembly ? assembly + ": " : "") + finding.Path + (finding.Line is { } line ? $":{line}" : "");
}
