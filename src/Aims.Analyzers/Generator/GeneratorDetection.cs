using System.Runtime.CompilerServices;
using System.Threading;
using Aims.Analyzers.Declarations;
using Aims.Analyzers.Detection;
using Aims.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// What the generator's syntax transforms need for one compilation, resolved once (by metadata name, never by walking
/// symbols) and shared by all their nodes: the detector, coverage, and where model ids and credentials can go.
/// </summary>
internal sealed class GeneratorDetection
{
    private static readonly ConditionalWeakTable<Compilation, GeneratorDetection> Cache = new();

    private GeneratorDetection(ModelCallDetector? detector, LiteralCredentialAnalyzer.CredentialSites? credentials, bool anySdk)
    {
        Detector = detector;
        Coverage = detector is null ? null : new CoverageResolver(detector.IsDeclaredModelCall);
        Credentials = credentials;
        ReadsModelIdentifiers = anySdk;
    }

    /// <summary>Null when no file of the compilation can hold an AI call.</summary>
    public ModelCallDetector? Detector { get; }

    public CoverageResolver? Coverage { get; }

    public SdkTypeProviders SdkTypes { get; } = new();

    /// <summary>Null when the compilation references no AI SDK and no credential type.</summary>
    public LiteralCredentialAnalyzer.CredentialSites? Credentials { get; }

    /// <summary>Whether any AI SDK is referenced, so that constants may name models.</summary>
    public bool ReadsModelIdentifiers { get; }

    public static GeneratorDetection For(Compilation compilation, CancellationToken cancellationToken) =>
        Cache.GetValue(compilation, c => new GeneratorDetection(
            ModelCallDetector.TryCreate(c, ModelCallSymbolsOption.None, cancellationToken),
            LiteralCredentialAnalyzer.CredentialSites.For(c),
            ModelProviders.AnyReferenced(c)));
}
