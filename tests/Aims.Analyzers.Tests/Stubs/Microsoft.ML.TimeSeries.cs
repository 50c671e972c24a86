// STUB, not the real package: mirrors TimeSeriesPredictionEngine`2 of Microsoft.ML.TimeSeries (dotnet/machinelearning
// sources) by name and shape. No version of the package restores here.
#nullable enable
namespace Microsoft.ML.Transforms.TimeSeries
{
    public sealed class TimeSeriesPredictionEngine<TSrc, TDst>
        where TSrc : class
        where TDst : class, new()
    {
        public TDst Predict(TSrc example) => throw null!;
    }
}
