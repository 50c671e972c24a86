namespace Aims.Analyzers.Generator;

/// <summary>Names of the manifest pipeline's steps, for tests that check what re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string AttributeUses = nameof(AttributeUses);
    public const string AllAttributeUses = nameof(AllAttributeUses);
    public const string CallSites = nameof(CallSites);
    public const string AllCallSites = nameof(AllCallSites);
    public const string ConfiguredCallSites = nameof(ConfiguredCallSites);
    public const string ModelLiterals = nameof(ModelLiterals);
    public const string AllModelLiterals = nameof(AllModelLiterals);
    public const string BuildOptions = nameof(BuildOptions);
    public const string AssemblyIdentity = nameof(AssemblyIdentity);
    public const string Manifest = nameof(Manifest);
}
