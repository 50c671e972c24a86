using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Aims.Manifest.Json;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Manifest.Build;

/// <summary>
/// Reads the error log that the C# compiler writes (<c>/errorlog</c>), in either of its formats: SARIF 2.1.0, which
/// tells how each suppressed diagnostic was suppressed and with what justification, and which rules the build's
/// configuration disabled; and SARIF 1.0.0 (the compiler's default), which tells only that a diagnostic was suppressed.
/// Hidden diagnostics never reach the log; info ones do; suppressed ones do, marked so.
/// </summary>
internal static class SarifReader
{
    private static readonly Regex SuppressorPattern = new(
        @"Suppression Id: (?<id>[^,]*), Suppression Justification: (?<justification>.*?)(?:, Suppression Id: | \}$)",
        RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <exception cref="JsonFormatException">The bytes are no JSON.</exception>
    /// <exception cref="JsonShapeException">The JSON is no SARIF log of a version the compiler writes.</exception>
    public static CompilerReport Read(byte[] utf8)
    {
        var root = new JsonObjectReader(JsonParser.Parse(utf8), "");
        var version = root.NullableString("version");
        var isVersion2 = version is not null && version.StartsWith("2.", StringComparison.Ordinal);
        if (!isVersion2 && version != "1.0.0")
        {
            throw new JsonShapeException($"version must be \"2.1.0\" or \"1.0.0\", the SARIF versions the compiler writes, not {(version is null ? "missing" : $"\"{version}\"")}");
        }

        var runs = root.Array("runs", run => run);
        var diagnostics = runs.SelectMany(run => run.Array("results", result => isVersion2 ? ReadResult2(result) : ReadResult1(result))).ToList();
        var disabled = isVersion2 ? runs.SelectMany(DisabledRules).Distinct(StringComparer.Ordinal).ToList() : null;
        return new CompilerReport("SARIF " + version, diagnostics, disabled);
    }

    private static ReportedDiagnostic ReadResult2(JsonObjectReader result)
    {
        var physical = result.NullableArray("locations", l => l)?.Select(l => l.NullableObject("physicalLocation")).FirstOrDefault(p => p is not null);
        var region = physical?.NullableObject("region");
        var suppression = result.NullableArray("suppressions", ReadSuppression)?.FirstOrDefault();
        return new ReportedDiagnostic(
            result.String("ruleId"),
            Severity(result.NullableString("level")),
            result.NullableObject("message")?.NullableString("text") ?? string.Empty,
            PathOf(physical?.NullableObject("artifactLocation")?.NullableString("uri")),
            region?.NullableInt("startLine"),
            region?.NullableInt("startColumn"),
            suppression,
            CustomProperties(result));
    }

    private static ReportedDiagnostic ReadResult1(JsonObjectReader result)
    {
        var file = result.NullableArray("locations", l => l)?.Select(l => l.NullableObject("resultFile")).FirstOrDefault(f => f is not null);
        var region = file?.NullableObject("region");
        var states = result.NullableStringArray("suppressionStates") ?? Array.Empty<string>();
        return new ReportedDiagnostic(
            result.String("ruleId"),
            Severity(result.NullableString("level")),
            result.NullableString("message") ?? string.Empty,
            PathOf(file?.NullableString("uri")),
            region?.NullableInt("startLine"),
            region?.NullableInt("startColumn"),
            states.Contains("suppressedInSource") ? new Suppression(SuppressionKind.InSource, null, null) : null,
            CustomProperties(result));
    }

    private static Suppression ReadSuppression(JsonObjectReader suppression)
    {
        var justification = suppression.NullableString("justification");
        var type = suppression.NullableObject("properties")?.NullableString("suppressionType");
        switch (type)
        {
            case null:
                return new Suppression(SuppressionKind.InSource, justification, null);
            case "Pragma Directive":
                return new Suppression(SuppressionKind.Pragma, justification, null);
            case "SuppressMessageAttribute":
                return new Suppression(SuppressionKind.SuppressMessage, justification, null);
        }

        var suppressor = SuppressorPattern.Match(type);
        return type.StartsWith("DiagnosticSuppressor", StringComparison.Ordinal) && suppressor.Success
            ? new Suppression(SuppressionKind.Suppressor, justification ?? suppressor.Groups["justification"].Value, suppressor.Groups["id"].Value)
            : new Suppression(SuppressionKind.InSource, justification, null);
    }

    /// <summary>The rules a run's configuration disabled in all or part of the compilation (ruleConfigurationOverrides with enabled: false).</summary>
    private static IEnumerable<string> DisabledRules(JsonObjectReader run)
    {
        foreach (var invocation in run.NullableArray("invocations", i => i) ?? Array.Empty<JsonObjectReader>())
        {
            foreach (var configurationOverride in invocation.NullableArray("ruleConfigurationOverrides", o => o) ?? Array.Empty<JsonObjectReader>())
            {
                if (configurationOverride.NullableObject("configuration")?.NullableBool("enabled") == false &&
                    configurationOverride.NullableObject("descriptor")?.NullableString("id") is { } id)
                {
                    yield return id;
                }
            }
        }
    }

    private static IReadOnlyDictionary<string, string> CustomProperties(JsonObjectReader result)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.NullableObject("properties")?.NullableObject("customProperties") is { } custom)
        {
            foreach (var name in custom.Names)
            {
                if (custom.NullableString(name) is { } value)
                {
                    properties[name] = value;
                }
            }
        }

        return properties;
    }

    /// <summary>The local path of a file URI ("file:///src/App/P.cs"); a relative reference as written.</summary>
    private static string? PathOf(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        return Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Uri.UnescapeDataString(uri);
    }

    private static string Severity(string? level) => level switch
    {
        "error" => FindingSeverity.Error,
        "warning" => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };
}
