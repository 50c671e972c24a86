using System;
using System.Collections.Generic;
using System.Linq;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Model;
using Aims.Manifest;
using Aims.Manifest.Build;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Location = Aims.Manifest.Model.SourceLocation;
using Aims.Manifest.Catalog;

namespace Aims.Analyzers.Manifest;

/// <summary>
/// The manifest of an assembly's declarations (<see cref="DeclarationsDocument"/>), projected from the declaration graph:
/// the systems declared or joined in source with their facts, the management system and the Statement of Applicability.
/// </summary>
internal static class DeclarationManifest
{
    public static ManifestDocument Build(DeclarationGraph graph, ManifestContext context)
    {
        var systems = graph.Systems.Values
            .Where(system => system.IsDeclaredInSource || system.Pieces.Any(piece => piece.IsInSource))
            .Select(system => System(system, context))
            .ToList();
        var applicability = graph.Applicability
            .Select(entry => Applicability(entry, context))
            .OrderBy(entry => entry.ControlId, StringComparer.Ordinal)
            .ToList();
        return DeclarationsDocument.Create(context, ManagementSystem(graph.ManagementSystem, context), systems, applicability);
    }

    private static AiSystem System(AiSystemNode node, ManifestContext context)
    {
        var declaration = node.Declaration;
        var values = new SchemaValues(GovernanceAttributeSchema.AiSystem, declaration);
        var pieces = node.Pieces.Where(piece => piece.IsInSource).Concat(node.Pieces.Where(piece => !piece.IsInSource))
            .Select(piece => DeclaredAt(piece, context, withSymbol: true))
            .ToList();
        return new AiSystem(
            node.Id,
            declaration is null ? null : declaration.Assembly ?? context.AssemblyName,
            values.Text("Name"),
            values.Text("Purpose"),
            values.Text("Owner"),
            values.Text("Risk")!,
            values.Text("Lifecycle"),
            values.Boolean("ServesPeopleDirectly") ?? true,
            values.Text("ImpactAssessment"),
            declaration is null ? null : DeclaredAt(declaration, context, withSymbol: true),
            pieces,
            Facts(node, GovernanceAttributeSchema.AiModel, (v, at) => new ModelEntry(
                v.Text("Provider"), v.Text("ModelId"), v.Text("Version"), v.Text("Hosting"), v.Text("SupplierAgreement"), v.Text("ModelCardUri"),
                ModelEntry.Declared, IsPinned(v), null, at), context),
            Facts(node, GovernanceAttributeSchema.DataSource, (v, at) => new DataSourceEntry(
                v.Text("Name") ?? string.Empty, v.Text("Usage"), v.Boolean("ContainsPersonalData"), v.Text("LawfulBasis"), at), context),
            Facts(node, GovernanceAttributeSchema.HumanOversight, (v, at) => new OversightEntry(v.Text("Mode") ?? string.Empty, v.Text("Reviewer"), at), context),
            Facts(node, GovernanceAttributeSchema.AiDisclosure, (v, at) => new DisclosureEntry(v.Text("Kind") ?? string.Empty, v.Text("Text"), v.Text("Mechanism"), at), context),
            Facts(node, GovernanceAttributeSchema.AiEventLogging, (v, at) => new EventLoggingEntry(v.Text("Events"), v.Integer("RetentionDays"), at), context),
            Facts(node, GovernanceAttributeSchema.AiEvaluation, (v, at) => new EvaluationEntry(
                v.Text("Metric") ?? string.Empty, v.Number("Threshold"), v.Text("Dataset"), v.Text("TestReference"), v.Text("Date"), at), context),
            Facts(node, GovernanceAttributeSchema.AiRisk, (v, at) => new RiskEntry(
                v.Text("Id") ?? string.Empty, v.Text("Description"), v.Text("Treatment"), v.Text("ResidualRiskAcceptedBy"), v.Strings("Controls"), v.Text("ReviewDate"), at), context),
            null,
            null);
    }

    /// <summary>
    /// Evidence of a pinned deployment needs certainty where AIMS010 gives the benefit of the doubt: a stated Version,
    /// or an id in the pinned form of its named provider.
    /// </summary>
    private static bool? IsPinned(SchemaValues model) =>
        model.Text("ModelId") is not { } id ? null
        : GovernanceValueRules.IsFilledIn(model.Text("Version")) || ModelProviders.IsCertainlyPinned(ModelProviders.OfName(model.Text("Provider")), id);

    private static IReadOnlyList<T> Facts<T>(AiSystemNode node, GovernanceAttribute schema, Func<SchemaValues, Location, T> create, ManifestContext context) =>
        node.FactsOf(schema.Name)
            .Select(fact => create(new SchemaValues(schema, fact), DeclaredAt(fact, context, withSymbol: false)))
            .ToList();

    private static ApplicabilityEntry Applicability(AttributeUseModel entry, ManifestContext context)
    {
        var values = new SchemaValues(GovernanceAttributeSchema.AiControlApplicability, entry);
        return new ApplicabilityEntry(
            values.Text("ControlId") ?? string.Empty, values.Boolean("Applicable") == true, values.Text("Justification"), values.Text("Evidence"),
            DeclaredAt(entry, context, withSymbol: false));
    }

    private static ManagementSystem? ManagementSystem(AttributeUseModel? declaration, ManifestContext context)
    {
        if (declaration is null)
        {
            return null;
        }

        var values = new SchemaValues(GovernanceAttributeSchema.AiManagementSystem, declaration);
        return new ManagementSystem(
            values.Text("Organization"), values.Text("Scope"), values.Text("PolicyReference"), values.Text("PolicyUri"), values.Text("IncidentContact"),
            DeclaredAt(declaration, context, withSymbol: false));
    }

    /// <summary>Where an attribute is: a path relative to the project and a line, or the referenced assembly; with the symbol where asked.</summary>
    private static Location DeclaredAt(AttributeUseModel use, ManifestContext context, bool withSymbol) =>
        use.Location is { } location
            ? new Location(null, ManifestPaths.Relative(location.Path, context.ProjectDirectory), location.Line, withSymbol ? use.SymbolDisplay : null)
            : new Location(use.Assembly, null, null, withSymbol ? use.SymbolDisplay : null);
}
