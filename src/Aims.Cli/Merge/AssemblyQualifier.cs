using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Merge;

/// <summary>
/// Names the assembly on every source location, call site, tool and finding of a project manifest: in a merged inventory a
/// path such as "ReplyDrafter.cs" only means something together with its project. Locations that already name an
/// assembly (metadata copies, or an inventory merged before) are left as they are.
/// </summary>
internal sealed class AssemblyQualifier(string assembly)
{
    public SourceLocation? Qualify(SourceLocation? location) =>
        location is { Assembly: null } ? location with { Assembly = assembly } : location;

    public CallSite Qualify(CallSite callSite) =>
        callSite.Assembly is null ? callSite with { Assembly = assembly } : callSite;

    public DependencyEntry Qualify(DependencyEntry dependency) =>
        dependency.Assembly is null ? dependency with { Assembly = assembly } : dependency;

    public ToolEntry Qualify(ToolEntry tool) =>
        tool.Assembly is null ? tool with { Assembly = assembly } : tool;

    public Finding Qualify(Finding finding) =>
        finding.Assembly is null ? finding with { Assembly = assembly } : finding;

    public ModelEntry Qualify(ModelEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public DataSourceEntry Qualify(DataSourceEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public OversightEntry Qualify(OversightEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public DisclosureEntry Qualify(DisclosureEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public EventLoggingEntry Qualify(EventLoggingEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public EvaluationEntry Qualify(EvaluationEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public RiskEntry Qualify(RiskEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public ApplicabilityEntry Qualify(ApplicabilityEntry fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };

    public ManagementSystem Qualify(ManagementSystem fact) => fact with { DeclaredAt = Qualify(fact.DeclaredAt) };
}
