using System;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Cli.Diff;

/// <summary>
/// Which kinds of change make <c>aims diff</c> exit 1: any change kind by name, <c>regressions</c> (every regression
/// kind; the default) or <c>none</c> (never fail, only report).
/// </summary>
internal sealed class FailOnPolicy
{
    public const string RegressionsValue = "regressions";
    public const string NoneValue = "none";

    private FailOnPolicy(IReadOnlySet<ChangeKind> kinds, IReadOnlyList<string> names)
    {
        Kinds = kinds;
        Names = names;
    }

    public static FailOnPolicy Default { get; } = Parse([RegressionsValue]);

    public IReadOnlySet<ChangeKind> Kinds { get; }

    /// <summary>The values as given, for the report's last line.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every value the option accepts, for help, completion and errors.</summary>
    public static IReadOnlyList<string> AcceptedValues { get; } =
        [RegressionsValue, NoneValue, .. ChangeKind.All.Select(k => k.Name)];

    /// <summary>The policy of these values; values are separated by commas or given one per option.</summary>
    public static FailOnPolicy Parse(IEnumerable<string> values)
    {
        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var kinds = new HashSet<ChangeKind>();
        foreach (var name in names)
        {
            if (name == RegressionsValue)
            {
                kinds.UnionWith(ChangeKind.Regressions);
            }
            else if (name != NoneValue)
            {
                kinds.Add(ChangeKind.Named(name) ?? throw new ArgumentException($"'{name}' is not a kind of change; use {string.Join(", ", AcceptedValues)}"));
            }
        }

        if (names.Count == 0)
        {
            // An empty value would otherwise turn the gate off without a word.
            throw new ArgumentException($"names no kind of change; use {string.Join(", ", AcceptedValues)}");
        }

        if (names.Contains(NoneValue) && names.Count > 1)
        {
            throw new ArgumentException($"'{NoneValue}' cannot be combined with other kinds");
        }

        return new FailOnPolicy(kinds, names);
    }

    public bool Fails(IEnumerable<Change> changes) => changes.Any(c => Kinds.Contains(c.Kind));

    /// <summary>The values as given on the command line (help shows the default this way).</summary>
    public override string ToString() => string.Join(",", Names);
}
