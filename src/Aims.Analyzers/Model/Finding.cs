namespace Aims.Analyzers.Model;

/// <summary>
/// A diagnostic a rule finds, as plain values: the analyzers report it at <see cref="Location"/>, and the manifest lists
/// it with its effective severity. <see cref="Location"/> is null for findings about configuration.
/// </summary>
internal sealed record Finding(string RuleId, SourceLocation? Location, EquatableArray<string> Arguments)
{
    public static Finding At(string ruleId, SourceLocation? location, params string[] arguments) =>
        new(ruleId, location, arguments.ToEquatableArray());
}
