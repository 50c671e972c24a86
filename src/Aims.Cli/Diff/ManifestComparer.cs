using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Cli.Governance;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Diff;

/// <summary>
/// Compares two inventories (two releases of a project, or two merged inventories): systems are matched by id, facts by
/// what identifies them (an oversight mode, a data source name, a disclosure kind, the logged events), controls by id (a
/// control a manifest does not list is a gap there), and undeclared calls by assembly, file and members, not by line, so
/// that code moving down a file is not a new call.
/// </summary>
internal static class ManifestComparer
{
    public static IReadOnlyList<Change> Compare(ManifestDocument old, ManifestDocument @new)
    {
        var changes = new List<Change>();
        var oldSystems = old.Systems.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var newSystems = @new.Systems.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var id in oldSystems.Keys.Union(newSystems.Keys).Order(StringComparer.Ordinal))
        {
            switch ((oldSystems.GetValueOrDefault(id), newSystems.GetValueOrDefault(id)))
            {
                case (null, { } added):
                    changes.Add(new Change(ChangeKind.SystemAdded, id, $"risk {added.Risk}"));
                    break;
                case ({ } removed, null):
                    changes.Add(new Change(ChangeKind.SystemRemoved, id, $"risk {removed.Risk}"));
                    break;
                case ({ } before, { } after):
                    CompareSystem(before, after, changes);
                    break;
            }
        }

        CompareControls(old, @new, changes);
        CompareUndeclaredUsages(old, @new, changes);
        CompareWaivers(old, @new, changes);
        CompareHiddenAi(old, @new, changes);
        ComparePolicy(old, @new, changes);
        return changes;
    }

    private static void CompareSystem(AiSystem before, AiSystem after, List<Change> changes)
    {
        var riskChange = (RiskTier.SeverityOf(before.Risk), RiskTier.SeverityOf(after.Risk)) switch
        {
            ({ } was, { } now) when now > was => ChangeKind.RiskRaised,
            ({ } was, { } now) when now < was => ChangeKind.RiskLowered,
            ({ }, null) => ChangeKind.RiskUnassessed,
            (null, { }) => ChangeKind.RiskAssessed,
            _ => null,
        };
        if (riskChange is not null)
        {
            changes.Add(new Change(riskChange, before.Id, $"{before.Risk} -> {after.Risk}"));
        }

        Removed(before.HumanOversight, after.HumanOversight, o => o.Mode, ChangeKind.OversightRemoved, before.Id, changes);
        Removed(before.DataSources, after.DataSources, d => d.Name, ChangeKind.DataSourceRemoved, before.Id, changes);
        Removed(before.Disclosures, after.Disclosures, d => d.Kind, ChangeKind.DisclosureRemoved, before.Id, changes);
        Removed(before.EventLogging, after.EventLogging, e => e.Events ?? "(events not named)", ChangeKind.LoggingRemoved, before.Id, changes);
    }

    private static void Removed<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> key, ChangeKind kind, string system, List<Change> changes)
    {
        var remaining = after.Select(key).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in before.Select(key).Distinct(StringComparer.Ordinal).Where(k => !remaining.Contains(k)).Order(StringComparer.Ordinal))
        {
            changes.Add(new Change(kind, system, gone));
        }
    }

    /// <summary>Both sides completed against Annex A: a control the new manifest no longer lists is a gap there.</summary>
    private static void CompareControls(ManifestDocument old, ManifestDocument @new, List<Change> changes)
    {
        var before = AnnexA.Complete(old.KnownControls()).ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var control in AnnexA.Complete(@new.KnownControls()))
        {
            var was = before.GetValueOrDefault(control.Id)?.Status;
            if (was == ControlStatus.Evidenced && ControlStatus.IsGapOrUnknown(control.Status))
            {
                changes.Add(new Change(ChangeKind.ControlRegressed, control.Id, $"{control.Title}: {string.Join("; ", ControlLines.Of(control))}"));
            }
            else if (was is not null && ControlStatus.IsGapOrUnknown(was) && control.Status == ControlStatus.Evidenced)
            {
                changes.Add(new Change(ChangeKind.ControlImproved, control.Id, control.Title));
            }
        }
    }

    private static void CompareUndeclaredUsages(ManifestDocument old, ManifestDocument @new, List<Change> changes)
    {
        // A project's calls name no assembly and a merged inventory's do: compare both as merged.
        var oldCalls = Qualified(old);
        var newCalls = Qualified(@new);
        var before = CountByCall(oldCalls);
        var after = CountByCall(newCalls);
        foreach (var group in newCalls.GroupBy(CallKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var call in group.OrderBy(c => c.Line).Skip(before.GetValueOrDefault(group.Key)))
            {
                changes.Add(new Change(ChangeKind.UndeclaredUsageAdded, Describe(call), $"{call.CallingMember} calls {call.CalledMember} ({call.Sdk ?? "unknown SDK"})"));
            }
        }

        foreach (var group in oldCalls.GroupBy(CallKey).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var call in group.OrderBy(c => c.Line).Skip(after.GetValueOrDefault(group.Key)))
            {
                changes.Add(new Change(ChangeKind.UndeclaredUsageRemoved, Describe(call), $"{call.CallingMember} calls {call.CalledMember}"));
            }
        }
    }

    /// <summary>
    /// Dependencies that call AI and supply no declared system (AIMSB004), matched by assembly and name, not version: an
    /// upgrade of a known one is no new supplier. Nothing is compared where either side did not scan its dependencies.
    /// </summary>
    private static void CompareHiddenAi(ManifestDocument old, ManifestDocument @new, List<Change> changes)
    {
        if (HiddenAi(old) is not { } before || HiddenAi(@new) is not { } after)
        {
            return;
        }

        foreach (var key in after.Keys.Except(before.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var dependency = after[key];
            changes.Add(new Change(ChangeKind.HiddenAiAdded, key, $"{dependency.Name} {dependency.Version} calls {string.Join(", ", dependency.Calls.Select(c => c.CalledMember).Distinct())}"));
        }

        foreach (var key in before.Keys.Except(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            changes.Add(new Change(ChangeKind.HiddenAiRemoved, key, before[key].Name));
        }
    }

    private static Dictionary<string, DependencyEntry>? HiddenAi(ManifestDocument manifest)
    {
        var declared = Report.DependencyRows.DeclaredSystems(manifest);
        return manifest.Dependencies?
            .Where(d => d.SuppliesNoDeclaredSystem(declared))
            .GroupBy(d => $"{d.Assembly ?? manifest.Assembly.Name}: {d.Name}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>New waivers, matched like undeclared calls by assembly, file, rule and message, not by line.</summary>
    private static void CompareWaivers(ManifestDocument old, ManifestDocument @new, List<Change> changes)
    {
        foreach (var waiver in NewFindings(QualifiedFindings(old).Where(f => f.IsWaived), QualifiedFindings(@new).Where(f => f.IsWaived)))
        {
            var suppression = waiver.Suppression!;
            var why = suppression.Justification is { Length: > 0 } justification ? $": {justification}" : ", no justification";
            changes.Add(new Change(ChangeKind.Waiver, $"{waiver.Assembly}: {waiver.Path}:{waiver.Line}", $"{waiver.Id} suppressed by {Report.WaiverText.How(suppression)}{why}"));
        }
    }

    /// <summary>
    /// The policy applied, and its open verdicts, matched like waivers by assembly, file, rule and message, not by line.
    /// </summary>
    private static void ComparePolicy(ManifestDocument old, ManifestDocument @new, List<Change> changes)
    {
        switch ((old.Policy, @new.Policy))
        {
            case ({ } before, null):
                changes.Add(new Change(ChangeKind.PolicyRemoved, PolicyText.Identity(before), "no AI policy applies"));
                break;
            case ({ } before, { } after) when before.Sha256 != after.Sha256 || before.Name != after.Name || before.Version != after.Version:
                changes.Add(new Change(ChangeKind.PolicyChanged, PolicyText.Identity(after), $"was {PolicyText.Identity(before)}"));
                break;
            case (null, { } after):
                changes.Add(new Change(ChangeKind.PolicyChanged, PolicyText.Identity(after), "no AI policy applied before"));
                break;
        }

        static bool IsVerdict(Finding finding) => !finding.IsWaived && Aims.Manifest.Policy.PolicyRules.IsPolicyRule(finding.Id);
        foreach (var verdict in NewFindings(QualifiedFindings(old).Where(IsVerdict), QualifiedFindings(@new).Where(IsVerdict)))
        {
            // Qualified, so the location always names the assembly.
            changes.Add(new Change(ChangeKind.PolicyViolation, Report.LocationText.Of(verdict)!, $"{verdict.Id}: {verdict.Message}"));
        }
    }

    /// <summary>
    /// The findings of <paramref name="after"/> that <paramref name="before"/> does not have, matched by assembly, file,
    /// rule and message, not by line: a finding that only moved down its file is not new.
    /// </summary>
    private static IEnumerable<Finding> NewFindings(IEnumerable<Finding> before, IEnumerable<Finding> after)
    {
        var known = before.GroupBy(FindingKey).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return after.GroupBy(FindingKey).OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(group => group.OrderBy(f => f.Line).Skip(known.GetValueOrDefault(group.Key)));
    }

    /// <summary>The manifest's findings, each naming its assembly (a project's own manifest leaves it out).</summary>
    private static IEnumerable<Finding> QualifiedFindings(ManifestDocument manifest) =>
        (manifest.Findings ?? []).Select(f => f.Assembly is null ? f with { Assembly = manifest.Assembly.Name } : f);

    private static string FindingKey(Finding finding) => $"{finding.Assembly}\u0000{finding.Path}\u0000{finding.Id}\u0000{finding.Message}";

    private static List<CallSite> Qualified(ManifestDocument manifest) =>
        manifest.KnownUndeclaredUsages().Select(call => call.Assembly is null ? call with { Assembly = manifest.Assembly.Name } : call).ToList();

    private static Dictionary<string, int> CountByCall(IEnumerable<CallSite> calls) =>
        calls.GroupBy(CallKey).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string CallKey(CallSite call) => $"{call.Assembly}\u0000{call.Path}\u0000{call.CallingMember}\u0000{call.CalledMember}";

    private static string Describe(CallSite call) => Report.LocationText.Of(call with { Assembly = call.Assembly ?? string.Empty });
}
