using System.Text;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using ManifestModel = Aims.Manifest.Model.ManifestDocument;

namespace Aims.Cli.Tests.Harness;

/// <summary>
/// The manifests in Fixtures/, written by the real generator from <see cref="FixtureProjects"/>, the analyzers' own
/// golden manifests, and a way to write changed copies of them.
/// </summary>
public static class Fixtures
{
    /// <summary>The sample app: one declared system, one undeclared call.</summary>
    public const string SupportDesk = "SupportDesk.aims.json";

    /// <summary>Placeholders everywhere, risk Unassessed, unset enums null, a provider-only inferred model.</summary>
    public const string Billing = "Billing.aims.json";

    /// <summary>Declares triage-bot.</summary>
    public const string SupportCore = "Support.Core.aims.json";

    /// <summary>Joins triage-bot (declared in Support.Core, facts copied from its metadata) and a system declared nowhere; undeclared model and service calls.</summary>
    public const string SupportWeb = "Support.Web.aims.json";

    /// <summary>Fraud.Api and Fraud.Batch both declare fraud-scorer.</summary>
    public const string FraudApi = "Fraud.Api.aims.json";

    public const string FraudBatch = "Fraud.Batch.aims.json";

    /// <summary>A library that uses no AI.</summary>
    public const string Utilities = "Contoso.Utilities.aims.json";

    /// <summary>One open undeclared call and four waived ones (pragma, member, type, assembly-level Target).</summary>
    public const string Claims = "Claims.aims.json";

    public static IReadOnlyList<string> All { get; } = [SupportDesk, Billing, SupportCore, SupportWeb, FraudApi, FraudBatch, Utilities, Claims];

    /// <summary>The analyzers' golden manifests, as the generator writes them today (its golden tests keep them so).</summary>
    public static IReadOnlyList<string> AnalyzerGoldens { get; } = Directory
        .GetFiles(RepositoryRoot.Combine("tests/Aims.Analyzers.Tests/Manifest/Golden"), "*.aims.json")
        .Order(StringComparer.Ordinal)
        .ToList();

    public static string AnalyzerGolden(string name) => AnalyzerGoldens.Single(path => System.IO.Path.GetFileName(path) == name);

    public static string PathOf(string name) => RepositoryRoot.Combine(System.IO.Path.Combine("tests", "Aims.Cli.Tests", "Fixtures", name));

    internal static ManifestModel Load(string name) => ManifestReader.Read(name, File.ReadAllBytes(PathOf(name)));

    internal static string Write(ManifestModel manifest, string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ToJson(manifest));
        return path;
    }

    internal static string ToJson(ManifestModel manifest) => Aims.Manifest.ManifestWriter.Write(manifest);

    /// <summary>
    /// The sample's manifest with the dependencies a build of it scans, and two libraries: one that calls AI and
    /// supplies the support assistant, one that calls AI and supplies nothing (AIMSB004).
    /// </summary>
    internal static string WithDependencies(string folder)
    {
        DependencyCall Chat(string caller) => new(caller, "IChatClient.GetResponseAsync", "Microsoft.Extensions.AI", null, "Chat", "model", 2);
        var manifest = Load(SupportDesk) with
        {
            Dependencies =
            [
                new DependencyEntry(null, "Contoso.Pdf", "2.1.0", "package", "Contoso.Pdf", false, false, [], [], [Chat("Summaries.SummariseAsync")]),
                new DependencyEntry(null, "Contoso.Search", "1.4.0", "package", "Contoso.Search", false, false, ["support-assistant"], [], [Chat("Ranker.RankAsync")]),
                new DependencyEntry(null, "OpenAI", "2.15.0", "package", "OpenAI", true, false, [], [], []),
            ],
        };
        return Write(manifest, System.IO.Path.Combine(folder, "SupportDesk.aims.json"));
    }

    /// <summary>A fixture as schema 3.0 wrote it: the same, without the tools of 3.1 and the dependencies of 3.2.</summary>
    public static string AsSchema30(string name)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();
        json["schemaVersion"] = "3.0";
        json.Remove("undeclaredTools");
        json.Remove("dependencies");
        json["summary"]!.AsObject().Remove("tools");
        foreach (var system in json["systems"]!.AsArray())
        {
            system!.AsObject().Remove("tools");
        }

        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
