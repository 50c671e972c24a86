namespace Aims.Analyzers.Generator;

/// <summary>Names of the manifest pipeline's steps, for tests that check what ran, and what re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string AttributeUses = nameof(AttributeUses);
    public const string SourceUses = nameof(SourceUses);
    public const string References = nameof(References);
    public const string ReferencedUses = nameof(ReferencedUses);
    public const string BuildOptions = nameof(BuildOptions);
    public const string AssemblyFacts = nameof(AssemblyFacts);
    public const string Manifest = nameof(Manifest);
}
