using System.Text.Json;
using Aims.Cli.Inputs;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Bom;

/// <summary>The CycloneDX 1.6 AI-BOM: valid for the official schema and the official library, deterministic, and honest.</summary>
public sealed class CycloneDxBomTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Every_bom_validates_against_the_CycloneDX_1_6_schema_and_the_CycloneDX_library()
    {
        var boms = Fixtures.All.Select(f => Bom(f, [Fixtures.PathOf(f)])).ToList();
        boms.Add(Bom("merged", [.. Fixtures.All.Select(Fixtures.PathOf)]));
        boms.Add(Bom("timestamped", [Fixtures.PathOf(Fixtures.SupportWeb), "--timestamp", "2025-03-31T12:00:00Z"]));
        boms.Add(Bom("dependencies", [Fixtures.WithDependencies(Directory.CreateDirectory(_folder.Combine("with-dependencies")).FullName)]));

        var schema = BomValidators.Schema([.. boms]);
        Assert.True(schema.ExitCode == 0, schema.Output);
        var library = BomValidators.CycloneDxLibrary([.. boms]);
        Assert.True(library.ExitCode == 0, library.Output);
        Assert.Equal(boms.Count, library.Output.Split('\n').Count(line => line.EndsWith(": valid", StringComparison.Ordinal)));
    }

    [Fact]
    public void Both_validators_reject_a_bom_that_breaks_the_schema()
    {
        var valid = File.ReadAllText(Bom("valid", [Fixtures.PathOf(Fixtures.SupportDesk)]));
        var invalid = _folder.Combine("invalid.cdx.json");
        File.WriteAllText(invalid, valid.Replace("\"type\": \"machine-learning-model\"", "\"type\": \"large-language-model\"", StringComparison.Ordinal));

        Assert.Equal(1, BomValidators.Schema(invalid).ExitCode);
        Assert.Equal(1, BomValidators.CycloneDxLibrary(invalid).ExitCode);
    }

    [Fact]
    public void The_bom_is_deterministic_and_its_serial_number_follows_the_content()
    {
        var first = File.ReadAllBytes(Bom("a", [Fixtures.PathOf(Fixtures.SupportWeb)]));
        var second = File.ReadAllBytes(Bom("b", [Fixtures.PathOf(Fixtures.SupportWeb)]));
        var other = Json(Bom("c", [Fixtures.PathOf(Fixtures.SupportCore)]));
        var stamped = Json(Bom("d", [Fixtures.PathOf(Fixtures.SupportWeb), "--timestamp", "2025-03-31T12:00:00Z"]));

        Assert.Equal(first, second);
        var serial = JsonDocument.Parse(first).RootElement.GetProperty("serialNumber").GetString();
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", serial);
        Assert.NotEqual(serial, other.GetProperty("serialNumber").GetString());
        Assert.NotEqual(serial, stamped.GetProperty("serialNumber").GetString());
        Assert.False(JsonDocument.Parse(first).RootElement.GetProperty("metadata").TryGetProperty("timestamp", out _));
        Assert.Equal("2025-03-31T12:00:00Z", stamped.GetProperty("metadata").GetProperty("timestamp").GetString());
        Assert.Equal("1.6", other.GetProperty("specVersion").GetString());
    }

    [Fact]
    public void Models_have_model_cards_from_what_is_declared_only()
    {
        var bom = Json(Bom("core", [Fixtures.PathOf(Fixtures.SupportCore)]));
        var model = Components(bom, "machine-learning-model").Single();

        Assert.Equal("gpt-4o-2024-08-06", model.GetProperty("name").GetString());
        Assert.Equal("Azure OpenAI", model.GetProperty("supplier").GetProperty("name").GetString());
        var card = model.GetProperty("modelCard");
        Assert.Equal("chat", card.GetProperty("modelParameters").GetProperty("task").GetString());
        Assert.False(card.GetProperty("modelParameters").TryGetProperty("approach", out _));
        var metric = Assert.Single(card.GetProperty("quantitativeAnalysis").GetProperty("performanceMetrics").EnumerateArray().ToList());
        Assert.Equal("routing-accuracy", metric.GetProperty("type").GetString());
        Assert.False(metric.TryGetProperty("value", out _));
        Assert.Contains(card.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "aims:evaluation.routing-accuracy.threshold" && p.GetProperty("value").GetString() == "0.85");
        Assert.Equal(["Routes incoming tickets to the right queue"], card.GetProperty("considerations").GetProperty("useCases").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("R-7: Urgent ticket routed to a slow queue", card.GetProperty("considerations").GetProperty("ethicalConsiderations")[0].GetProperty("name").GetString());
        Assert.Equal("model-card", model.GetProperty("externalReferences")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void Hosted_model_apis_are_services_with_their_provider_and_endpoint()
    {
        var bom = Json(Bom("desk", [Fixtures.PathOf(Fixtures.SupportDesk)]));
        var service = Assert.Single(bom.GetProperty("services").EnumerateArray().ToList());

        Assert.Equal("OpenAI", service.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal(["https://api.openai.com/v1"], service.GetProperty("endpoints").EnumerateArray().Select(e => e.GetString()));
        Assert.True(service.GetProperty("x-trust-boundary").GetBoolean());
        var root = bom.GetProperty("metadata").GetProperty("component").GetProperty("bom-ref").GetString();
        var rootDependsOn = bom.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("ref").GetString() == root).GetProperty("dependsOn");
        Assert.Contains(rootDependsOn.EnumerateArray(), d => d.GetString() == service.GetProperty("bom-ref").GetString());
    }

    [Fact]
    public void Data_sources_are_data_components_with_personal_data_flagged()
    {
        var data = Components(Json(Bom("desk", [Fixtures.PathOf(Fixtures.SupportDesk)])), "data").Single();
        var dataset = data.GetProperty("data")[0];
        Assert.Equal("ticket-history", dataset.GetProperty("name").GetString());
        Assert.Equal(["personal data"], dataset.GetProperty("sensitiveData").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(data.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "aims:lawfulBasis" && p.GetProperty("value").GetString() == "Contract");
    }

    [Theory]
    [InlineData(Fixtures.SupportCore)]
    [InlineData(Fixtures.Utilities)]
    public void Each_Annex_A_control_is_a_requirement_with_one_claim_one_evidence_and_a_conformance_that_follows_its_status(string fixture)
    {
        var bom = Json(Bom("controls", [Fixtures.PathOf(fixture)]));
        var manifest = Fixtures.Load(fixture);
        var requirements = bom.GetProperty("definitions").GetProperty("standards")[0].GetProperty("requirements").EnumerateArray().ToList();
        var declarations = bom.GetProperty("declarations");
        var map = declarations.GetProperty("attestations")[0].GetProperty("map").EnumerateArray().ToList();

        // Support.Core has controls of all four statuses; Contoso.Utilities, without AI, has gaps and not-applicable ones.
        Assert.Equal(fixture == Fixtures.SupportCore ? ControlStatus.All : [ControlStatus.Gap, ControlStatus.NotApplicable], ControlStatus.All.Where(s => manifest.KnownControls().Any(c => c.Status == s)));
        Assert.Equal(manifest.KnownControls().Select(c => c.Id), requirements.Select(r => r.GetProperty("identifier").GetString()));
        Assert.Equal(manifest.KnownControls().Select(c => c.Title), requirements.Select(r => r.GetProperty("title").GetString()));
        Assert.Equal(38, declarations.GetProperty("claims").GetArrayLength());
        Assert.Equal(38, declarations.GetProperty("evidence").GetArrayLength());
        foreach (var (control, entry) in manifest.KnownControls().Zip(map))
        {
            var conformance = entry.GetProperty("conformance");
            double? score = conformance.TryGetProperty("score", out var value) ? value.GetDouble() : null;
            Assert.Equal(control.Status switch { ControlStatus.Evidenced => 1, ControlStatus.Gap => 0, _ => null }, score);
            Assert.StartsWith(control.Status switch { ControlStatus.Evidenced => "Evidenced: ", ControlStatus.Gap => "Gap: ", ControlStatus.Excluded => "Excluded: ", _ => "Not applicable: " }, conformance.GetProperty("rationale").GetString(), StringComparison.Ordinal);
            Assert.True(entry.TryGetProperty(control.Status == ControlStatus.Gap ? "counterClaims" : "claims", out _));
            Assert.False(entry.TryGetProperty(control.Status == ControlStatus.Gap ? "claims" : "counterClaims", out _));
        }
    }

    [Fact]
    public void A_model_whose_hosting_is_not_declared_is_no_hosted_service()
    {
        // Billing's Anthropic model is inferred from its calls: nobody stated where it runs. The calls still reach Anthropic.
        var bom = Json(Bom("billing", [Fixtures.PathOf(Fixtures.Billing)]));
        var model = Components(bom, "machine-learning-model").Single();

        Assert.Contains(model.GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "aims:gap" && p.GetProperty("value").GetString() == "hosting not declared");
        Assert.DoesNotContain(bom.GetProperty("dependencies").EnumerateArray(), d => d.GetProperty("ref").GetString() == model.GetProperty("bom-ref").GetString());
        Assert.Equal(["Anthropic"], bom.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("provider").GetProperty("name").GetString()));
    }

    [Fact]
    public void Only_a_model_hosted_as_an_API_depends_on_its_provider_s_service()
    {
        var core = Fixtures.Load(Fixtures.SupportCore);
        var selfHosted = Fixtures.Write(core with { Systems = core.Systems.Select(s => s with { Models = s.Models.Select(m => m with { Hosting = "SelfHosted" }).ToList() }).ToList() }, _folder.Combine("self/Support.Core.aims.json"));

        foreach (var (input, hosted) in new[] { (Fixtures.PathOf(Fixtures.SupportCore), true), (selfHosted, false) })
        {
            var bom = Json(Bom(hosted ? "api" : "self", [input]));
            var model = Components(bom, "machine-learning-model").Single();
            var services = bom.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("bom-ref").GetString()).ToList();
            var dependsOn = bom.GetProperty("dependencies").EnumerateArray().Where(d => d.GetProperty("ref").GetString() == model.GetProperty("bom-ref").GetString()).SelectMany(d => d.GetProperty("dependsOn").EnumerateArray()).Select(d => d.GetString()).ToList();
            Assert.Equal(hosted ? services : [], dependsOn);
            Assert.Equal(hosted ? ["Azure OpenAI"] : [], bom.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("provider").GetProperty("name").GetString()));
        }
    }

    [Fact]
    public void A_service_states_no_trust_boundary_the_manifest_cannot_show()
    {
        var desk = Fixtures.Load(Fixtures.SupportDesk);
        var ollama = Fixtures.Write(desk with { UndeclaredUsages = desk.KnownUndeclaredUsages().Select(c => c with { Sdk = "Ollama", Provider = "Ollama", CalledMember = "IOllamaApiClient.ChatAsync" }).ToList() }, _folder.Combine("SupportDesk.aims.json"));

        var service = Json(Bom("ollama", [ollama])).GetProperty("services").EnumerateArray().Single(s => s.GetProperty("provider").GetProperty("name").GetString() == "Ollama");

        Assert.False(service.TryGetProperty("x-trust-boundary", out _));
    }

    [Fact]
    public void A_placeholder_evaluation_metric_is_a_gap_never_a_metric()
    {
        var text = File.ReadAllText(Bom("billing", [Fixtures.PathOf(Fixtures.Billing)]));
        var model = Components(JsonDocument.Parse(text).RootElement, "machine-learning-model").Single();

        Assert.DoesNotContain("<metric>\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evaluation.<metric>", text, StringComparison.Ordinal);
        Assert.False(model.GetProperty("modelCard").TryGetProperty("quantitativeAnalysis", out _));
        Assert.Contains(model.GetProperty("modelCard").GetProperty("properties").EnumerateArray(), p => p.GetProperty("name").GetString() == "aims:gap" && p.GetProperty("value").GetString() == "evaluation metric is still a placeholder (<metric>)");
    }

    [Fact]
    public void Placeholders_are_gaps_in_the_bom_never_values()
    {
        var bom = File.ReadAllText(Bom("billing", [Fixtures.PathOf(Fixtures.Billing)]));
        var json = JsonDocument.Parse(bom).RootElement;

        var values = Strings(json).ToList();
        Assert.DoesNotContain(values, v => v is "<owner>" or "<purpose>" or "<name>" or "<reviewer>" or "<data-source>" or "<incident contact>");
        Assert.Contains("owner is still a placeholder (<owner>)", values);
        Assert.Contains("unnamed data source", values);
        var system = Components(json, "application").Single();
        Assert.Equal("invoice-helper", system.GetProperty("name").GetString());
        Assert.False(system.TryGetProperty("description", out _));
    }

    [Fact]
    public void Tools_are_properties_of_their_systems_and_undeclared_ones_of_the_application()
    {
        var bom = Json(Bom("tools", [Fixtures.AnalyzerGolden("support-project.aims.json")]));
        IEnumerable<string?> Values(JsonElement element, string name) => element.GetProperty("properties").EnumerateArray()
            .Where(p => p.GetProperty("name").GetString() == name).Select(p => p.GetProperty("value").GetString());
        var router = Components(bom, "application").Single(c => Values(c, "aims:systemId").Contains("ticket-router"));
        var root = bom.GetProperty("metadata").GetProperty("component");

        Assert.Equal(["1"], Values(router, "aims:tools"));
        Assert.Equal(["tool 'AssignTicket' (Function, acts: its name begins with 'assign'; no approval step shown) at Summariser.cs:17 by AIFunctionFactory.Create"], Values(router, "aims:tool"));
        Assert.Equal(["1"], Values(root, "aims:undeclaredTools"));
        Assert.Equal(["a hosted tool (Hosted, reads only: the provider searches the web; no approval step shown) at Shadow.cs:11 by new HostedWebSearchTool"], Values(root, "aims:undeclaredTool"));
    }

    [Fact]
    public void Dependencies_that_call_AI_are_libraries_with_their_purl_under_the_systems_they_supply_or_the_application()
    {
        var bom = Json(Bom("deps", [Fixtures.WithDependencies(Directory.CreateDirectory(_folder.Combine("deps")).FullName)]));
        var libraries = Components(bom, "library").ToDictionary(c => c.GetProperty("name").GetString()!);
        IEnumerable<string?> Values(JsonElement element, string name) => element.GetProperty("properties").EnumerateArray()
            .Where(p => p.GetProperty("name").GetString() == name).Select(p => p.GetProperty("value").GetString());
        string[] DependsOn(string reference) => bom.GetProperty("dependencies").EnumerateArray()
            .Single(d => d.GetProperty("ref").GetString() == reference).GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()!).ToArray();
        var pdf = libraries["Contoso.Pdf"];
        var search = libraries["Contoso.Search"];
        var system = Components(bom, "application").Single(c => Values(c, "aims:systemId").Contains("support-assistant"));

        Assert.Equal("pkg:nuget/Contoso.Pdf@2.1.0", pdf.GetProperty("purl").GetString());
        Assert.Equal(["Summaries.SummariseAsync calls IChatClient.GetResponseAsync (Microsoft.Extensions.AI, Chat) x2"], Values(pdf, "aims:dependency.aiCall"));
        Assert.Equal(["calls AI and is the supplier of no declared system (AIMSB004)"], Values(pdf, "aims:gap"));
        Assert.Equal(["true"], Values(libraries["OpenAI"], "aims:dependency.isAiSdk"));
        Assert.Contains(pdf.GetProperty("bom-ref").GetString(), DependsOn(bom.GetProperty("metadata").GetProperty("component").GetProperty("bom-ref").GetString()!));
        Assert.Contains(search.GetProperty("bom-ref").GetString(), DependsOn(system.GetProperty("bom-ref").GetString()!));
        Assert.DoesNotContain(search.GetProperty("bom-ref").GetString(), DependsOn(bom.GetProperty("metadata").GetProperty("component").GetProperty("bom-ref").GetString()!));
    }

    /// <summary>
    /// Dependency-Track reads a component's properties, external references, evidence occurrences, licences and supplier,
    /// and a service's data classification; not model cards, not declarations. So every fact the BOM states in those is
    /// stated again where it is read.
    /// </summary>
    [Fact]
    public void Every_governance_fact_of_the_model_cards_and_declarations_is_also_in_a_field_Dependency_Track_reads()
    {
        var boms = Fixtures.All.Select(f => Json(Bom("dt-" + f, [Fixtures.PathOf(f)]))).ToList();
        var checkedFacts = 0;
        var modelCardFacts = 0;
        foreach (var bom in boms)
        {
            var root = bom.GetProperty("metadata").GetProperty("component");
            foreach (var component in Components(bom, "machine-learning-model").Concat([root]))
            {
                var readable = ReadByDependencyTrack(component).ToList();
                var facts = component.TryGetProperty("modelCard", out var card) ? Strings(card).ToList() : [];
                modelCardFacts += facts.Count;
                if (component.GetProperty("bom-ref").GetString() == root.GetProperty("bom-ref").GetString())
                {
                    facts.AddRange(Strings(bom.GetProperty("declarations").GetProperty("attestations")).Where(s => !s.StartsWith("requirement:", StringComparison.Ordinal) && !s.StartsWith("claim:", StringComparison.Ordinal) && !s.StartsWith("assessor:", StringComparison.Ordinal) && !s.StartsWith("Self-assessment", StringComparison.Ordinal)));
                    facts.AddRange(bom.GetProperty("declarations").GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("predicate").GetString()!));
                    facts.AddRange(bom.GetProperty("declarations").GetProperty("evidence").EnumerateArray().SelectMany(e => new[] { e.GetProperty("description").GetString()!, e.GetProperty("data")[0].GetProperty("contents").GetProperty("attachment").GetProperty("content").GetString()! }));
                }

                foreach (var fact in facts.Where(f => f is not ("text/plain" or "aims:gap") && !f.StartsWith("aims:", StringComparison.Ordinal)))
                {
                    checkedFacts++;
                    Assert.True(readable.Any(text => text.Contains(fact, StringComparison.Ordinal)), $"'{fact}' of {component.GetProperty("bom-ref").GetString()} is in no field Dependency-Track reads");
                }
            }
        }

        Assert.True(checkedFacts > 400 && modelCardFacts > 20, $"{checkedFacts} facts checked, {modelCardFacts} of model cards");
    }

    [Fact]
    public void Each_AI_call_is_an_evidence_occurrence_and_a_model_API_is_classified_by_the_data_its_systems_declare()
    {
        var bom = Json(Bom("occurrences", [Fixtures.PathOf(Fixtures.SupportDesk)]));
        var system = Components(bom, "application").Single(c => c.GetProperty("properties").EnumerateArray().Any(p => p.GetProperty("value").GetString() == "support-assistant"));
        var occurrences = system.GetProperty("evidence").GetProperty("occurrences").EnumerateArray()
            .Select(o => $"{o.GetProperty("location").GetString()}:{o.GetProperty("line").GetInt32()} {o.GetProperty("symbol").GetString()} {o.GetProperty("additionalContext").GetString()}");
        var undeclared = bom.GetProperty("metadata").GetProperty("component").GetProperty("evidence").GetProperty("occurrences")[0];
        var openAi = bom.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("provider").GetProperty("name").GetString() == "OpenAI");

        Assert.Contains("ReplyDrafter.cs:29 ReplyDrafter.DraftAsync calls IChatClient.GetResponseAsync (Chat)", occurrences);
        Assert.Equal("TicketRouter.cs", undeclared.GetProperty("location").GetString());
        Assert.Equal(("inbound", "PII", "ticket-history"), (openAi.GetProperty("data")[0].GetProperty("flow").GetString(), openAi.GetProperty("data")[0].GetProperty("classification").GetString(), openAi.GetProperty("data")[0].GetProperty("name").GetString()));

        // Support.Core's system states of both its data sources that they hold no personal data.
        var core = Json(Bom("non-personal", [Fixtures.PathOf(Fixtures.SupportCore)]));
        var azure = Assert.Single(core.GetProperty("services").EnumerateArray());
        Assert.Equal(("non-personal", "ticket-queue, routing-golden-set"), (azure.GetProperty("data")[0].GetProperty("classification").GetString(), azure.GetProperty("data")[0].GetProperty("name").GetString()));
    }

    private static IEnumerable<string> ReadByDependencyTrack(JsonElement component)
    {
        foreach (var name in new[] { "properties", "externalReferences", "licenses" })
        {
            if (component.TryGetProperty(name, out var list))
            {
                foreach (var text in Strings(list))
                {
                    yield return text;
                }
            }
        }

        if (component.TryGetProperty("evidence", out var evidence) && evidence.TryGetProperty("occurrences", out var occurrences))
        {
            foreach (var text in Strings(occurrences))
            {
                yield return text;
            }
        }

        if (component.TryGetProperty("supplier", out var supplier))
        {
            foreach (var text in Strings(supplier))
            {
                yield return text;
            }
        }
    }

    private string Bom(string name, string[] args)
    {
        var path = _folder.Combine(name + ".cdx.json");
        var result = AimsTool.Run(["bom", .. args, "-o", path]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return path;
    }

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;

    private static IEnumerable<JsonElement> Components(JsonElement bom, string type) =>
        bom.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("type").GetString() == type);

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    public void Dispose() => _folder.Dispose();
}
