using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

/// <summary>
/// ML.NET's <c>ITransformer.Transform</c> runs whatever the transformer holds: a trained model (inference), or only data
/// preparation. Where the code shows that the transformer was fitted from a pipeline of data transforms alone
/// (<c>ml.Transforms.Concatenate(...).Append(ml.Transforms.NormalizeMinMax(...)).Fit(data)</c>), its Transform runs no
/// model: not a model call. A transformer of any other origin (a loaded model, a pipeline with a trainer or a transform
/// that applies a model, a parameter, a field) stays one.
/// </summary>
internal static class MlTransformerOrigin
{
    private const int MostLocalsFollowed = 4;

    // Transforms of the TransformsCatalog that only prepare data; the others (ApplyOnnxModel, ApplyWordEmbedding,
    // DnnFeaturizeImage, principal components, anomaly detection, ...) carry or learn a model.
    private static readonly string[] DataTransforms =
    [
        "Concatenate", "CopyColumns", "DropColumns", "SelectColumns", "FeaturizeText", "NormalizeText", "TokenizeIntoWords",
        "TokenizeIntoCharactersAsKeys", "RemoveDefaultStopWords", "RemoveStopWords", "ProduceNgrams", "ProduceWordBags",
        "ProduceHashedNgrams", "ProduceHashedWordBags", "MapValueToKey", "MapKeyToValue", "MapKeyToVector", "MapValue",
        "ConvertType", "Hash", "OneHotEncoding", "OneHotHashEncoding", "NormalizeMinMax", "NormalizeMeanVariance",
        "NormalizeLogMeanVariance", "NormalizeBinning", "NormalizeRobustScaling", "NormalizeLpNorm", "NormalizeGlobalContrast",
        "ReplaceMissingValues", "IndicateMissingValues", "CustomMapping", "LoadImages", "ResizeImages", "ExtractPixels",
        "ConvertToGrayscale", "LoadRawImageBytes",
    ];

    public static bool RunsNoModel(IInvocationOperation call, CancellationToken cancellationToken) =>
        call.TargetMethod.Name == "Transform" &&
        call.Instance is { } transformer &&
        IsFittedFromDataTransforms(transformer, MostLocalsFollowed, cancellationToken);

    private static bool IsFittedFromDataTransforms(IOperation value, int localsLeft, CancellationToken cancellationToken) => value.WithoutConversions() switch
    {
        IInvocationOperation { TargetMethod.Name: "Fit", Instance: { } estimator } fit when IsMlNet(fit.TargetMethod.ContainingType) =>
            IsDataTransformsOnly(estimator, localsLeft, cancellationToken),
        ILocalReferenceOperation local when localsLeft > 0 =>
            OperationValues.OnlyValueOf(local, cancellationToken) is { } initial && IsFittedFromDataTransforms(initial, localsLeft - 1, cancellationToken),
        _ => false,
    };

    private static bool IsDataTransformsOnly(IOperation value, int localsLeft, CancellationToken cancellationToken)
    {
        switch (value.WithoutConversions())
        {
            case IInvocationOperation { TargetMethod: { Name: "Append" } append } call when IsMlNet(append.ContainingType):
                var parts = call.Arguments.Where(argument => argument.Parameter?.Type is INamedTypeSymbol { Name: "IEstimator" }).Select(argument => argument.Value);
                var chain = call.Instance ?? call.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0)?.Value;
                return chain is not null && IsDataTransformsOnly(chain, localsLeft, cancellationToken) &&
                    parts.All(part => ReferenceEquals(part, chain) || IsDataTransformsOnly(part, localsLeft, cancellationToken));
            case IInvocationOperation { TargetMethod: var transform }:
                return DataTransforms.Contains(transform.Name) && IsOnTransformsCatalog(transform);
            case IObjectCreationOperation { Type: { Name: "EstimatorChain" } chainType, Arguments.Length: 0 }:
                return IsMlNet(chainType);
            case ILocalReferenceOperation local when localsLeft > 0:
                return OperationValues.OnlyValueOf(local, cancellationToken) is { } initial && IsDataTransformsOnly(initial, localsLeft - 1, cancellationToken);
            default:
                return false;
        }
    }

    // ml.Transforms.X(...) or ml.Transforms.Text.X(...): extensions of TransformsCatalog or of the catalogs nested in it.
    private static bool IsOnTransformsCatalog(IMethodSymbol method) =>
        method.IsExtensionMethod && method.Parameters.FirstOrDefault()?.Type is INamedTypeSymbol catalog &&
        IsMlNet(catalog) && (catalog.Name == "TransformsCatalog" || catalog.ContainingType?.Name == "TransformsCatalog");

    private static bool IsMlNet(ITypeSymbol? type) =>
        SdkSymbols.IsFromSdk(type) && type!.ContainingAssembly.Identity.Name.StartsWith("Microsoft.ML", System.StringComparison.Ordinal);
}
