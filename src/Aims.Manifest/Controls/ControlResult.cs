using System.Collections.Generic;

namespace Aims.Manifest.Controls;

/// <summary>A control's decision before it becomes a <see cref="Model.ControlEntry"/>.</summary>
internal sealed record ControlResult(string Status, IReadOnlyList<string> Evidence, string? Justification, IReadOnlyList<Model.SystemControlStatus>? Systems)
{
    public static ControlResult Gap(string evidence) => new(Vocabulary.ControlStatus.Gap, new[] { evidence }, null, null);
}
