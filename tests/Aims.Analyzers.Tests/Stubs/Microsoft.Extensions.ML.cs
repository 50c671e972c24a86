// STUB, not the real package: mirrors PredictionEnginePool`2 and PredictionEnginePoolExtensions of Microsoft.Extensions.ML
// (dotnet/machinelearning sources: Predict is an extension method). No version of the package restores here.
#nullable enable
namespace Microsoft.Extensions.ML
{
    public class PredictionEnginePool<TData, TPrediction>
        where TData : class
        where TPrediction : class, new()
    {
        public Microsoft.ML.PredictionEngine<TData, TPrediction> GetPredictionEngine() => throw null!;
    }

    public static class PredictionEnginePoolExtensions
    {
        public static TPrediction Predict<TData, TPrediction>(this PredictionEnginePool<TData, TPrediction> predictionEnginePool, TData example)
            where TData : class where TPrediction : class, new() => throw null!;
    }
}
