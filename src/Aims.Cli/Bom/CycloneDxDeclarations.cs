using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Governance;
using Aims.Cli.Output;
using Aims.Cli.Report;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Bom;

/// <summary>
/// The control evidence in CycloneDX terms: ISO/IEC 42001 Annex A as a standard (one requirement per control, numbered
/// and titled as in our control table, without the standard's text), one claim and one piece of evidence per control,
/// and one attestation that maps each requirement to its claim with a conformance: 1 for evidenced, 0 for a gap, and no
/// score (only the rationale) for an excluded or not applicable control. A gap's claim is a counter-claim.
/// </summary>
internal static class CycloneDxDeclarations
{
    public const string StandardRef = "standard:iso-iec-42001-2023-annex-a";
    private const string AssessorRef = "assessor:aims";

    public static void Write(Utf8JsonWriter json, BomInventory bom, ReportView view)
    {
        var controls = view.Controls;
        json.WriteStartObject("declarations");
        json.WriteStartArray("assessors");
        json.WriteStartObject();
        json.WriteText("bom-ref", AssessorRef);
        json.WriteBoolean("thirdParty", false);
        json.WriteStartObject("organization");
        json.WriteText("name", Placeholder.FilledOrNull(bom.Manifest.ManagementSystem?.Organization) ?? bom.Manifest.Assembly.Name);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("attestations");
        json.WriteStartObject();
        json.WriteText("summary", "Self-assessment of ISO/IEC 42001:2023 Annex A from the evidence stated in code and the build's manifest (aims); not a certification.");
        json.WriteText("assessor", AssessorRef);
        json.WriteStartArray("map");
        foreach (var control in controls)
        {
            json.WriteStartObject();
            json.WriteText("requirement", RequirementRef(control.Id));
            json.WriteStartArray(IsGap(control) ? "counterClaims" : "claims");
            json.WriteTextValue(ClaimRef(control.Id));
            json.WriteEndArray();
            json.WriteStartObject("conformance");
            if (control.Status == ControlStatus.Evidenced)
            {
                json.WriteNumber("score", 1);
            }
            else if (IsGap(control))
            {
                json.WriteNumber("score", 0);
            }

            json.WriteText("rationale", Rationale(control));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var control in controls)
        {
            json.WriteStartObject();
            json.WriteText("bom-ref", ClaimRef(control.Id));
            json.WriteText("target", bom.RootRef);
            json.WriteText("predicate", Predicate(control));
            json.WriteStartArray("evidence");
            json.WriteTextValue(EvidenceRef(control.Id));
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("evidence");
        foreach (var control in controls)
        {
            json.WriteStartObject();
            json.WriteText("bom-ref", EvidenceRef(control.Id));
            json.WriteText("propertyName", $"aims:control:{control.Id}:status");
            json.WriteText("description", Description(control));
            json.WriteStartArray("data");
            json.WriteStartObject();
            json.WriteText("name", IsGap(control) ? "what is missing" : control.Justification is null ? "evidence" : "justification");
            json.WriteStartObject("contents");
            json.WriteStartObject("attachment");
            json.WriteText("contentType", "text/plain");
            json.WriteText("content", Content(control));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("definitions");
        json.WriteStartArray("standards");
        json.WriteStartObject();
        json.WriteText("bom-ref", StandardRef);
        json.WriteText("name", "ISO/IEC 42001:2023 Annex A");
        json.WriteText("version", "2023");
        json.WriteText("description", "Reference control objectives and controls of ISO/IEC 42001:2023 Annex A, by number and short title only.");
        json.WriteText("owner", "ISO/IEC JTC 1/SC 42");
        json.WriteStartArray("requirements");
        foreach (var control in controls)
        {
            json.WriteStartObject();
            json.WriteText("bom-ref", RequirementRef(control.Id));
            json.WriteText("identifier", control.Id);
            json.WriteText("title", control.Title);
            json.WriteStartArray("descriptions");
            json.WriteTextValue(control.Group);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Each control's claim, conformance rationale and evidence again, as the component properties that Dependency-Track
    /// reads (it reads no declarations): made from the same values, so that none is dropped on upload.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> Facts(ControlEntry control) =>
    [
        ($"control.{control.Id}", Description(control)),
        ($"control.{control.Id}.claim", Predicate(control)),
        ($"control.{control.Id}.rationale", Rationale(control)),
        ($"control.{control.Id}.evidence", Content(control)),
    ];

    private static bool IsGap(ControlEntry control) => ControlStatus.IsGapOrUnknown(control.Status);

    private static string Description(ControlEntry control) => $"{control.Id} {control.Title}: {StatusDisplay.Word(control.Status)}";

    private static string RequirementRef(string id) => "requirement:" + id;

    private static string ClaimRef(string id) => "claim:" + id;

    private static string EvidenceRef(string id) => "evidence:" + id;

    private static string Predicate(ControlEntry control) => control.Status switch
    {
        ControlStatus.Evidenced => $"{control.Id} {control.Title} is evidenced",
        ControlStatus.Excluded => $"{control.Id} {control.Title} is excluded by the Statement of Applicability",
        ControlStatus.NotApplicable => $"{control.Id} {control.Title} is not applicable: no AI system is declared",
        _ => $"{control.Id} {control.Title} has no evidence (gap)",
    };

    private static string Rationale(ControlEntry control) => control.Status switch
    {
        ControlStatus.Evidenced => "Evidenced: " + string.Join("; ", ControlLines.Of(control)),
        ControlStatus.Excluded => "Excluded: " + (control.Justification ?? "no justification declared"),
        ControlStatus.NotApplicable => "Not applicable: " + (control.Justification ?? string.Join("; ", ControlLines.Of(control).DefaultIfEmpty("no AI system is declared"))),
        _ => "Gap: " + string.Join("; ", ControlLines.Of(control).DefaultIfEmpty("no evidence")),
    };

    private static string Content(ControlEntry control) =>
        control.Justification ?? (ControlLines.Of(control).Count == 0 ? StatusDisplay.Word(control.Status) : string.Join("\n", ControlLines.Of(control)));
}
