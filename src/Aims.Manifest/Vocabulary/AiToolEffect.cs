namespace Aims.Manifest.Vocabulary;

/// <summary>
/// What a tool does to the world when a model calls it, as far as the code says (its name, its annotations, or what the
/// SDK documents of a hosted tool). Only evidence moves a tool off <see cref="Unknown"/>.
/// </summary>
internal enum AiToolEffect
{
    Unknown,

    /// <summary>It reads, looks up or computes, and changes nothing.</summary>
    ReadOnly,

    /// <summary>It sends, writes, deletes, pays, runs or otherwise acts: what human oversight is about.</summary>
    Acting,
}
