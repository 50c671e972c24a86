using System.Collections.Generic;

namespace Aims.Manifest.Screening;

/// <summary>
/// What a compilation's inputs show, before anything is compiled: its references, the text of its sources and its
/// analyzer configuration. The analyzers and the generator find nothing in a compilation for which
/// <see cref="MayHoldAi"/> is false: every AI call they report is to an SDK assembly, to a model host written in source, to
/// a configured symbol or to an [AiModelCall] member of a reference built against Aims.Annotations, and every declaration
/// is an Aims attribute named in source, which source can only name where it also names the namespace Aims (a using
/// directive, a qualified name or an alias). The build asks this first and leaves the package's analyzers and generator
/// out of a compilation that cannot need them.
/// </summary>
internal sealed record CompilationInputs(
    bool ReferencesAiSdk,
    bool ReferencesAimsUsers,
    bool ConfiguresModelCallSymbols,
    bool MentionsModelHost,
    bool MentionsAimsAttribute,
    bool MentionsAimsNamespace)
{
    public bool MayHoldAi =>
        ReferencesAiSdk || ReferencesAimsUsers || ConfiguresModelCallSymbols || MentionsModelHost ||
        (MentionsAimsAttribute && MentionsAimsNamespace);

    /// <summary>Why the compilation may hold AI, for the build log; empty when it cannot.</summary>
    public IEnumerable<string> Reasons()
    {
        if (ReferencesAiSdk)
        {
            yield return "it references an AI SDK";
        }

        if (ReferencesAimsUsers)
        {
            yield return "it references an assembly built against Aims.Annotations";
        }

        if (ConfiguresModelCallSymbols)
        {
            yield return "it configures aims.model_call_symbols";
        }

        if (MentionsModelHost)
        {
            yield return "its source names a model host";
        }

        if (MentionsAimsAttribute && MentionsAimsNamespace)
        {
            yield return "its source uses Aims attributes";
        }
    }
}
