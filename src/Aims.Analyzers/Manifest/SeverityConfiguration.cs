using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Diagnostics;
using Aims.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// Everything that decides the severity a build reports an AIMS diagnostic with, read from the compilation as plain
/// values: per-file .editorconfig, the command line (/nowarn, /warnaserror), global configs (the analysis mode), the
/// general warning option and #pragma warning directives. <see cref="EffectiveSeverity"/> applies them in the compiler's order.
/// </summary>
internal sealed record SeverityConfiguration(
    ReportDiagnostic GeneralOption,
    EquatableArray<SeveritySetting> Settings,
    EquatableArray<PragmaDirective> Pragmas)
{
    /// <summary>For a build with nothing to report: no finding needs a severity.</summary>
    public static SeverityConfiguration None { get; } = new(ReportDiagnostic.Default, EquatableArray<SeveritySetting>.Empty, EquatableArray<PragmaDirective>.Empty);

    public static SeverityConfiguration Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var settings = new List<SeveritySetting>();
        var options = compilation.Options;
        foreach (var rule in RuleTable.All)
        {
            if (options.SpecificDiagnosticOptions.TryGetValue(rule.Id, out var specific))
            {
                settings.Add(new SeveritySetting(null, rule.Id, specific));
            }
        }

        var pragmas = new List<PragmaDirective>();
        var treeOptions = options.SyntaxTreeOptionsProvider;
        foreach (var rule in RuleTable.All)
        {
            if (treeOptions?.TryGetGlobalDiagnosticValue(rule.Id, cancellationToken, out var global) == true)
            {
                settings.Add(new SeveritySetting(GlobalConfigPath, rule.Id, global));
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var rule in RuleTable.All)
            {
                if (treeOptions?.TryGetDiagnosticValue(tree, rule.Id, cancellationToken, out var severity) == true)
                {
                    settings.Add(new SeveritySetting(tree.FilePath, rule.Id, severity));
                }
            }

            if (SourceTextPrefilter.MayHavePragmas(tree, cancellationToken))
            {
                pragmas.AddRange(PragmasOf(tree, cancellationToken));
            }
        }

        return new SeverityConfiguration(options.GeneralDiagnosticOption, settings.ToEquatableArray(), pragmas.ToEquatableArray());
    }

    /// <summary>The path that marks a global-config setting apart from a command-line one (null) and a file's (its path).</summary>
    private const string GlobalConfigPath = "\u0000global";

    /// <summary>The severity the compiler reports a finding with; Suppress when configuration or a pragma hides it.</summary>
    public ReportDiagnostic EffectiveSeverity(RuleDefinition rule, SourceLocation? location)
    {
        var report = Find(location?.Path, rule.Id) ?? Find(null, rule.Id);
        if (report is null && Find(GlobalConfigPath, rule.Id) is { } global)
        {
            report = global == ReportDiagnostic.Warn && GeneralOption == ReportDiagnostic.Error ? ReportDiagnostic.Error : global;
        }

        var specified = report is not null;
        var result = report ?? ReportDiagnostic.Default;
        if (result == ReportDiagnostic.Suppress || (location is not null && IsDisabledByPragma(location, rule.Id)))
        {
            return ReportDiagnostic.Suppress;
        }

        if (result == ReportDiagnostic.Default)
        {
            result = GeneralOption switch
            {
                ReportDiagnostic.Error when rule.DefaultSeverity == DiagnosticSeverity.Warning && !specified => ReportDiagnostic.Error,
                ReportDiagnostic.Suppress when rule.DefaultSeverity is DiagnosticSeverity.Warning or DiagnosticSeverity.Info => ReportDiagnostic.Suppress,
                _ => rule.DefaultSeverity switch
                {
                    DiagnosticSeverity.Error => ReportDiagnostic.Error,
                    DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
                    DiagnosticSeverity.Info => ReportDiagnostic.Info,
                    _ => ReportDiagnostic.Hidden,
                },
            };
        }

        return result;
    }

    private ReportDiagnostic? Find(string? path, string ruleId)
    {
        foreach (var setting in Settings)
        {
            if (setting.RuleId == ruleId && string.Equals(setting.Path, path, StringComparison.Ordinal))
            {
                return setting.Severity;
            }
        }

        return null;
    }

    private bool IsDisabledByPragma(SourceLocation location, string ruleId)
    {
        var disabled = false;
        foreach (var pragma in Pragmas)
        {
            if (pragma.Path == location.Path && pragma.Position <= location.Start && (pragma.RuleId is null || pragma.RuleId == ruleId))
            {
                disabled = pragma.Disables;
            }
        }

        return disabled;
    }

    private static IEnumerable<PragmaDirective> PragmasOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        // Directives are found through the syntax tree's own index of them, without walking the file's trivia.
        if (tree.GetRoot(cancellationToken) is not CSharpSyntaxNode { ContainsDirectives: true } root)
        {
            yield break;
        }

        static bool IsPragmaWarning(DirectiveTriviaSyntax directive) => directive is PragmaWarningDirectiveTriviaSyntax;
        for (var directive = root.GetFirstDirective(IsPragmaWarning); directive is PragmaWarningDirectiveTriviaSyntax pragma; directive = directive.GetNextDirective(IsPragmaWarning))
        {
            var disables = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
            if (pragma.ErrorCodes.Count == 0)
            {
                yield return new PragmaDirective(tree.FilePath, pragma.SpanStart, null, disables);
                continue;
            }

            foreach (var code in pragma.ErrorCodes)
            {
                var id = code.ToString().Trim();
                if (id.StartsWith("AIMS", StringComparison.Ordinal))
                {
                    yield return new PragmaDirective(tree.FilePath, pragma.SpanStart, id, disables);
                }
            }
        }
    }
}
