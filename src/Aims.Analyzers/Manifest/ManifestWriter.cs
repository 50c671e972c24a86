using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// Writes the manifest JSON of docs/schema/aims-manifest.schema.json: a projection of <see cref="ManifestContent"/>, with
/// every attribute value written by the attribute schema (what nobody declared is null). The output depends only on its
/// inputs, sorted ordinally, with paths relative to the project: the same source gives the same bytes.
/// </summary>
internal static class ManifestWriter
{
    public const string SchemaVersion = "2.0";

    public static string Write(ManifestContent content)
    {
        var context = content.Context;
        var json = new JsonWriter();
        json.StartObject();
        json.String("schemaVersion", SchemaVersion);
        json.StartObject("generator");
        json.String("name", "Aims.Analyzers");
        json.String("version", context.GeneratorVersion);
        json.EndObject();
        json.StartObject("assembly");
        json.String("name", context.AssemblyName);
        json.String("version", context.AssemblyVersion);
        json.EndObject();
        json.String("sourceRevision", context.SourceRevision);
        json.String("analysisMode", context.AnalysisMode);
        WriteManagementSystem(json, content);
        json.StartArray("systems");
        foreach (var system in content.Systems)
        {
            WriteSystem(json, system, content);
        }

        json.EndArray();
        WriteCallSites(json, "undeclaredUsages", content.UndeclaredUsages, content);
        WriteApplicability(json, content);
        WriteControls(json, content);
        WriteFindings(json, content);
        ManifestSummary.Write(json, content);
        json.EndObject();
        return json.ToString();
    }

    private static void WriteManagementSystem(JsonWriter json, ManifestContent content)
    {
        if (content.Graph.ManagementSystem is not { } declaration)
        {
            json.Null(GovernanceAttributeSchema.AiManagementSystem.JsonName);
            return;
        }

        json.StartObject(GovernanceAttributeSchema.AiManagementSystem.JsonName);
        WriteMembers(json, GovernanceAttributeSchema.AiManagementSystem.Members, declaration);
        WriteDeclaredAt(json, declaration, content, withSymbol: false);
        json.EndObject();
    }

    private static void WriteSystem(JsonWriter json, ManifestSystem system, ManifestContent content)
    {
        var node = system.Node;
        var declaration = node.Declaration;
        json.StartObject();
        json.String("id", system.Id);
        json.String("declaredIn", declaration is null ? null : declaration.Assembly ?? content.Context.AssemblyName);
        foreach (var member in GovernanceAttributeSchema.AiSystem.Members.Where(member => member.Property != "Id"))
        {
            WriteMember(json, member, declaration?.Argument(member.Property));
        }

        if (declaration is null)
        {
            json.Null("declaredAt");
        }
        else
        {
            WriteDeclaredAt(json, declaration, content, withSymbol: true);
        }

        json.StartArray("pieces");
        foreach (var piece in node.Pieces.Where(piece => piece.IsInSource).Concat(node.Pieces.Where(piece => !piece.IsInSource)))
        {
            json.StartObject();
            WriteLocationFields(json, piece, content, withSymbol: true);
            json.EndObject();
        }

        json.EndArray();
        ManifestModels.Write(json, system, content);
        foreach (var fact in GovernanceAttributeSchema.Facts.Where(fact => fact != GovernanceAttributeSchema.AiModel))
        {
            WriteFacts(json, fact, system.FactsOf(fact.Name), content);
        }

        WriteCallSites(json, "callSites", system.CallSites, content);
        json.EndObject();
    }

    public static void WriteFacts(JsonWriter json, GovernanceAttribute schema, IEnumerable<AttributeUseModel> facts, ManifestContent content)
    {
        json.StartArray(schema.JsonName);
        foreach (var fact in facts)
        {
            json.StartObject();
            WriteMembers(json, schema.Members, fact);
            WriteDeclaredAt(json, fact, content, withSymbol: false);
            json.EndObject();
        }

        json.EndArray();
    }

    public static void WriteMembers(JsonWriter json, IEnumerable<GovernanceMember> members, AttributeUseModel use)
    {
        foreach (var member in members)
        {
            WriteMember(json, member, use.Argument(member.Property));
        }
    }

    /// <summary>One member's value as the schema says: unset (not written, or its enum's "not stated" member) is what <see cref="GovernanceMember.WhenUnset"/> says.</summary>
    private static void WriteMember(JsonWriter json, GovernanceMember member, AttributeArgumentModel? argument)
    {
        if (member.JsonName is null)
        {
            return;
        }

        var unset = argument is null ||
            argument.Kind == AttributeValueKind.UndefinedEnum ||
            (member.Enum?.UnsetMember is { } unsetMember && argument.Value == unsetMember) ||
            (member.Kind == GovernanceValueKind.Number && argument.Value is "NaN" or null);
        if (unset)
        {
            switch (member.WhenUnset)
            {
                case UnsetValue.True:
                    json.Boolean(member.JsonName, true);
                    break;
                case UnsetValue.UnsetMember:
                    json.String(member.JsonName, member.Enum!.UnsetMember);
                    break;
                case UnsetValue.EmptyArray:
                    WriteStrings(json, member.JsonName, Array.Empty<string>());
                    break;
                default:
                    json.Null(member.JsonName);
                    break;
            }

            return;
        }

        switch (member.Kind)
        {
            case GovernanceValueKind.Boolean:
                json.Boolean(member.JsonName, argument!.Value == "true");
                break;
            case GovernanceValueKind.Number or GovernanceValueKind.NonNegativeInteger:
                json.Number(member.JsonName, double.TryParse(argument!.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null);
                break;
            case GovernanceValueKind.ControlIds:
                WriteStrings(json, member.JsonName, argument!.Values.OfType<string>());
                break;
            default:
                json.String(member.JsonName, argument!.Value);
                break;
        }
    }

    public static void WriteCallSites(JsonWriter json, string name, IEnumerable<CallSiteModel> sites, ManifestContent content)
    {
        json.StartArray(name);
        foreach (var site in sites)
        {
            json.StartObject();
            json.String("path", ManifestPaths.Relative(site.Location.Path, content.Context.ProjectDirectory));
            json.Number("line", site.Location.Line);
            json.String("callingMember", site.CallingMember);
            json.String("calledMember", site.CalledMember);
            json.String("sdk", site.Sdk);
            json.String("provider", site.Provider);
            json.String("kind", site.Kind.ToString());
            json.String("category", site.Category == AiCallCategory.Service ? "service" : "model");
            json.Boolean("bound", site.Bound);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteApplicability(JsonWriter json, ManifestContent content)
    {
        json.StartArray(GovernanceAttributeSchema.AiControlApplicability.JsonName);
        foreach (var entry in content.Graph.Applicability.OrderBy(e => e.Value("ControlId"), StringComparer.Ordinal))
        {
            json.StartObject();
            WriteMembers(json, GovernanceAttributeSchema.AiControlApplicability.Members, entry);
            WriteDeclaredAt(json, entry, content, withSymbol: false);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteControls(JsonWriter json, ManifestContent content)
    {
        json.StartArray("controls");
        foreach (var (control, result) in content.Controls)
        {
            json.StartObject();
            json.String("id", control.Id);
            json.String("group", control.Group);
            json.String("title", control.Title);
            json.String("status", StatusName(result.Status));
            WriteStrings(json, "evidence", result.Evidence);
            json.String("justification", result.Justification);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteFindings(JsonWriter json, ManifestContent content)
    {
        json.StartArray("findings");
        foreach (var finding in content.Findings)
        {
            json.StartObject();
            json.String("id", finding.Rule.Id);
            json.String("severity", finding.SeverityName);
            json.String("path", finding.Location is { } location ? ManifestPaths.Relative(location.Path, content.Context.ProjectDirectory) : null);
            json.Number("line", finding.Location?.Line);
            json.String("message", finding.Message);
            json.EndObject();
        }

        json.EndArray();
    }

    public static void WriteDeclaredAt(JsonWriter json, AttributeUseModel use, ManifestContent content, bool withSymbol)
    {
        json.StartObject("declaredAt");
        WriteLocationFields(json, use, content, withSymbol);
        json.EndObject();
    }

    private static void WriteLocationFields(JsonWriter json, AttributeUseModel use, ManifestContent content, bool withSymbol)
    {
        if (use.Location is { } location)
        {
            json.String("path", ManifestPaths.Relative(location.Path, content.Context.ProjectDirectory));
            json.Number("line", location.Line);
        }
        else
        {
            json.String("assembly", use.Assembly);
        }

        if (withSymbol)
        {
            json.String("symbol", use.SymbolDisplay);
        }
    }

    public static void WriteStrings(JsonWriter json, string name, IEnumerable<string> values)
    {
        json.StartArray(name);
        foreach (var value in values)
        {
            json.StringValue(value);
        }

        json.EndArray();
    }

    public static string StatusName(ControlStatus status) => status switch
    {
        ControlStatus.Evidenced => "evidenced",
        ControlStatus.Gap => "gap",
        ControlStatus.Excluded => "excluded",
        _ => "notApplicable",
    };
}
