using System;
using System.IO;
using System.Reflection.Metadata;

namespace Aims.Manifest.Screening;

/// <summary>
/// Gathers <see cref="CompilationInputs"/> one input at a time, so that a caller can stop as soon as
/// <see cref="MayHoldAi"/> is true. The build's screening feeds it files; the tests feed it the compilations they analyze.
/// </summary>
internal sealed class InputScreening
{
    /// <summary>The analyzer configuration key of a team's own model-call symbols (.editorconfig and .globalconfig).</summary>
    public const string ModelCallSymbolsKey = "aims.model_call_symbols";

    /// <summary>The key under which the compiler sees the MSBuild property AimsModelCallSymbols.</summary>
    public const string ModelCallSymbolsPropertyKey = "build_property.AimsModelCallSymbols";

    private bool _referencesAiSdk;
    private bool _referencesAimsUsers;
    private bool _configuresModelCallSymbols;
    private bool _mentionsModelHost;
    private bool _mentionsAimsAttribute;
    private bool _mentionsAimsNamespace;

    public CompilationInputs Inputs => new(
        _referencesAiSdk, _referencesAimsUsers, _configuresModelCallSymbols,
        _mentionsModelHost, _mentionsAimsAttribute, _mentionsAimsNamespace);

    public bool MayHoldAi => Inputs.MayHoldAi;

    /// <summary>
    /// A referenced assembly, by its file. Returns whether its metadata can still tell more, to be given to
    /// <see cref="AddReferenceMetadata"/>: not when it is an SDK by its name, nor when it is in a framework reference pack.
    /// </summary>
    public bool AddReference(string path)
    {
        _referencesAiSdk |= SdkAssemblies.IsSdk(Path.GetFileNameWithoutExtension(path));
        return !_referencesAiSdk && !ReferenceMetadata.IsFrameworkPack(path);
    }

    /// <summary>
    /// The metadata of the reference last added, or null when it cannot be read: such a reference could be anything, so
    /// it counts as one built against Aims.Annotations.
    /// </summary>
    public void AddReferenceMetadata(MetadataReader? metadata)
    {
        if (metadata is null)
        {
            _referencesAimsUsers = true;
            return;
        }

        _referencesAiSdk |= metadata.IsAssembly && SdkAssemblies.IsSdk(metadata.GetString(metadata.GetAssemblyDefinition().Name));
        _referencesAimsUsers |= ReferenceMetadata.ReferencesAnnotations(metadata);
    }

    /// <summary>A source file, by what its text mentions.</summary>
    public void AddSource(SourceMentions mentions)
    {
        _mentionsModelHost |= mentions.ModelHost;
        _mentionsAimsAttribute |= mentions.AimsAttribute;
        _mentionsAimsNamespace |= mentions.AimsNamespace;
    }

    /// <summary>
    /// The text of an .editorconfig or .globalconfig the compiler reads, or null when it cannot be read (then it could
    /// configure anything). It configures model-call symbols when it gives a value to <see cref="ModelCallSymbolsKey"/>,
    /// or to the MSBuild property as a global config names it.
    /// </summary>
    public void AddAnalyzerConfiguration(string? text) =>
        _configuresModelCallSymbols |= text is null || AnalyzerConfigText.SetsAnyOf(text, ModelCallSymbolsKey, ModelCallSymbolsPropertyKey);

    /// <summary>A value of the model-call symbols option, from the AimsModelCallSymbols property or anywhere else.</summary>
    public void AddModelCallSymbols(string? value) =>
        _configuresModelCallSymbols |= !string.IsNullOrWhiteSpace(value);
}
