using System.Text.Json;
using Aims.Cli.Output;

namespace Aims.Cli.Manifest;

/// <summary>
/// Writes the facts of a manifest (locations, models, data sources, call sites, controls, ...) in the layout of
/// docs/manifest.md, for <see cref="ManifestWriter"/> and for the canonical text by which merge tells equal facts apart.
/// </summary>
internal static class FactWriter
{
    /// <summary>One fact as compact JSON, the way merge tells equal facts apart.</summary>
    public static string CanonicalText<T>(T fact)
        where T : notnull
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteFact(json, fact);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteLocation(Utf8JsonWriter json, string name, SourceLocation? location)
    {
        json.WritePropertyName(name);
        if (location is null)
        {
            json.WriteNullValue();
        }
        else
        {
            WriteLocation(json, location);
        }
    }

    public static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject();
        json.WriteTextIfSet("assembly", location.Assembly);
        json.WriteTextIfSet("path", location.Path);
        if (location.Line is { } line)
        {
            json.WriteNumber("line", line);
        }

        json.WriteTextIfSet("symbol", location.Symbol);
        json.WriteEndObject();
    }

    public static void WriteModel(Utf8JsonWriter json, ModelEntry model)
    {
        json.WriteStartObject();
        json.WriteText("provider", model.Provider);
        json.WriteText("modelId", model.ModelId);
        json.WriteText("version", model.Version);
        json.WriteText("hosting", model.Hosting);
        json.WriteText("supplierAgreement", model.SupplierAgreement);
        json.WriteText("modelCardUri", model.ModelCardUri);
        json.WriteText("source", model.Source);
        json.WriteText("sdk", model.Sdk);
        WriteLocation(json, "declaredAt", model.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteDataSource(Utf8JsonWriter json, DataSourceEntry dataSource)
    {
        json.WriteStartObject();
        json.WriteText("name", dataSource.Name);
        json.WriteText("usage", dataSource.Usage);
        json.WriteBooleanOrNull("containsPersonalData", dataSource.ContainsPersonalData);
        json.WriteText("lawfulBasis", dataSource.LawfulBasis);
        WriteLocation(json, "declaredAt", dataSource.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteOversight(Utf8JsonWriter json, OversightEntry oversight)
    {
        json.WriteStartObject();
        json.WriteText("mode", oversight.Mode);
        json.WriteText("reviewer", oversight.Reviewer);
        WriteLocation(json, "declaredAt", oversight.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteDisclosure(Utf8JsonWriter json, DisclosureEntry disclosure)
    {
        json.WriteStartObject();
        json.WriteText("kind", disclosure.Kind);
        json.WriteText("text", disclosure.Text);
        json.WriteText("mechanism", disclosure.Mechanism);
        WriteLocation(json, "declaredAt", disclosure.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteEventLogging(Utf8JsonWriter json, EventLoggingEntry logging)
    {
        json.WriteStartObject();
        json.WriteText("events", logging.Events);
        json.WriteNumberOrNull("retentionDays", logging.RetentionDays);
        WriteLocation(json, "declaredAt", logging.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteEvaluation(Utf8JsonWriter json, EvaluationEntry evaluation)
    {
        json.WriteStartObject();
        json.WriteText("metric", evaluation.Metric);
        json.WriteNumberOrNull("threshold", evaluation.Threshold);
        json.WriteText("dataset", evaluation.Dataset);
        json.WriteText("testReference", evaluation.TestReference);
        json.WriteText("date", evaluation.Date);
        WriteLocation(json, "declaredAt", evaluation.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteRisk(Utf8JsonWriter json, RiskEntry risk)
    {
        json.WriteStartObject();
        json.WriteText("id", risk.Id);
        json.WriteText("description", risk.Description);
        json.WriteText("treatment", risk.Treatment);
        json.WriteText("residualRiskAcceptedBy", risk.ResidualRiskAcceptedBy);
        json.WriteTexts("controls", risk.Controls);
        json.WriteText("reviewDate", risk.ReviewDate);
        WriteLocation(json, "declaredAt", risk.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteCallSite(Utf8JsonWriter json, CallSite callSite)
    {
        json.WriteStartObject();
        json.WriteTextIfSet("assembly", callSite.Assembly);
        json.WriteText("path", callSite.Path);
        json.WriteNumber("line", callSite.Line);
        json.WriteText("callingMember", callSite.CallingMember);
        json.WriteText("calledMember", callSite.CalledMember);
        json.WriteText("sdk", callSite.Sdk);
        json.WriteText("provider", callSite.Provider);
        json.WriteText("kind", callSite.Kind);
        json.WriteText("category", callSite.Category);
        json.WriteBoolean("bound", callSite.Bound);
        json.WriteEndObject();
    }

    public static void WriteApplicability(Utf8JsonWriter json, ApplicabilityEntry entry)
    {
        json.WriteStartObject();
        json.WriteText("controlId", entry.ControlId);
        json.WriteBoolean("applicable", entry.Applicable);
        json.WriteText("justification", entry.Justification);
        json.WriteText("evidence", entry.Evidence);
        WriteLocation(json, "declaredAt", entry.DeclaredAt);
        json.WriteEndObject();
    }

    public static void WriteControl(Utf8JsonWriter json, ControlEntry control)
    {
        json.WriteStartObject();
        json.WriteText("id", control.Id);
        json.WriteText("group", control.Group);
        json.WriteText("title", control.Title);
        json.WriteText("status", control.Status);
        json.WriteTexts("evidence", control.Evidence);
        json.WriteText("justification", control.Justification);
        json.WriteEndObject();
    }

    public static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteTextIfSet("assembly", finding.Assembly);
        json.WriteText("id", finding.Id);
        json.WriteText("severity", finding.Severity);
        json.WriteText("path", finding.Path);
        json.WriteNumberOrNull("line", finding.Line);
        json.WriteText("message", finding.Message);
        json.WriteEndObject();
    }

    private static void WriteFact<T>(Utf8JsonWriter json, T fact)
        where T : notnull
    {
        switch (fact)
        {
            case SourceLocation location: WriteLocation(json, location); break;
            case ModelEntry model: WriteModel(json, model); break;
            case DataSourceEntry dataSource: WriteDataSource(json, dataSource); break;
            case OversightEntry oversight: WriteOversight(json, oversight); break;
            case DisclosureEntry disclosure: WriteDisclosure(json, disclosure); break;
            case EventLoggingEntry logging: WriteEventLogging(json, logging); break;
            case EvaluationEntry evaluation: WriteEvaluation(json, evaluation); break;
            case RiskEntry risk: WriteRisk(json, risk); break;
            case CallSite callSite: WriteCallSite(json, callSite); break;
            case ApplicabilityEntry entry: WriteApplicability(json, entry); break;
            case Finding finding: WriteFinding(json, finding); break;
            case ControlEntry control: WriteControl(json, control); break;
            default: throw new System.ArgumentException("Not a manifest fact: " + typeof(T).Name, nameof(fact));
        }
    }
}
