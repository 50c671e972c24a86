using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Aims.Manifest.Build;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Binary;

/// <summary>
/// The manifest of a built assembly, as <c>aims scan</c> reads it: the declarations its build embedded (none when it was
/// not built with Aims), every AI call its IL makes under the system whose attributes cover it, and the controls
/// decided from them. The findings and the tools are a build's and stay null; <c>evidence.missing</c> says so.
/// </summary>
internal static class BinaryManifest
{
    public static ManifestDocument Assemble(AssemblyScan scan, string generatorName, string generatorVersion)
    {
        var embedded = scan.EmbeddedManifest is { } json ? ManifestReader.Read(Encoding.UTF8.GetBytes(json)) : null;
        var declarations = (embedded ?? DeclarationsDocument.Create(
            new ManifestContext(scan.AssemblyName, scan.AssemblyVersion, AnalysisModes.Default, null, null, generatorVersion), null, [], []))
            with { Generator = new NameAndVersion(generatorName, generatorVersion) };

        var calls = scan.Calls
            .Select(call => (Site: new CallSite(null, call.Path, call.Line, call.CallingMember, call.CalledMember, call.Sdk, call.Provider?.Name, call.Kind.ToString(), AiCallKinds.CategoryName(call.Kind), true), call.SystemId))
            .OrderBy(call => call.Site.Path, StringComparer.Ordinal)
            .ThenBy(call => call.Site.Line)
            .ThenBy(call => call.Site.CallingMember, StringComparer.Ordinal)
            .ThenBy(call => call.Site.CalledMember, StringComparer.Ordinal)
            .ToList();
        var covered = calls.Where(call => call.SystemId is not null).ToLookup(call => call.SystemId!, call => call.Site, StringComparer.Ordinal);
        var declaredIds = new HashSet<string>(declarations.Systems.Select(s => s.Id), StringComparer.Ordinal);
        // Without the declarations a build embeds, a system the assembly's [AiSystem] declares is known by its id only.
        var systems = declarations.Systems
            .Concat(covered.Select(group => group.Key).Concat(scan.DeclaredSystemIds).Distinct(StringComparer.Ordinal).Where(id => !declaredIds.Contains(id))
                .Select(id => scan.DeclaredSystemIds.Contains(id) ? BuildManifest.DeclaredNowhere(id) with { DeclaredIn = scan.AssemblyName } : BuildManifest.DeclaredNowhere(id)))
            .Select(system => system with { CallSites = covered[system.Id].ToList(), Tools = null })
            .OrderBy(system => system.Id, StringComparer.Ordinal)
            .ToList();
        var undeclared = calls.Where(call => call.SystemId is null).Select(call => call.Site).ToList();
        return BuildManifest.Complete(declarations, new ManifestEvidence(EvidenceSource.Binary, null, Missing(scan, embedded is not null), null), systems, undeclared, null, null);
    }

    private static string Missing(AssemblyScan scan, bool builtWithAims)
    {
        var missing = new List<string>
        {
            "read from the built assembly, not from its build: the findings and the tools handed to models are not known, raw HTTP calls to model hosts are not found in IL, and the analyzers' precision where the code decides (a kernel function made from a method, an ML.NET pipeline without a trained model, a workflow without agents) is not applied",
        };
        if (scan.UnreadableMethods > 0)
        {
            missing.Add($"{scan.UnreadableMethods} method {(scan.UnreadableMethods == 1 ? "body is" : "bodies are")} not valid IL and {(scan.UnreadableMethods == 1 ? "was" : "were")} passed over");
        }

        if (!scan.SourceLinesKnown)
        {
            missing.Add("it has no portable PDB, so each call is known by its member, without file and line");
        }

        if (!builtWithAims)
        {
            missing.Add(scan.DeclaredSystemIds.Count == 0
                ? "it was not built with Aims.Analyzers, so it carries no AI system declarations and its analysis mode is the default, not one a build chose"
                : "it was not built with Aims.Analyzers, so its systems are known by the ids of their [AiSystem] attributes only, without their other facts, and its analysis mode is the default, not one a build chose");
        }

        return string.Join("; ", missing);
    }
}
