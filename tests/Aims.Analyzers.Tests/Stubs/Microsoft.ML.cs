// STUB, not the real package: mirrors MLContext, ITransformer, IDataView and PredictionEngineBase`2 of Microsoft.ML
// 4.x/5.x (dotnet/machinelearning sources: Predict is declared on PredictionEngineBase`2). The real package does not restore here.
#nullable enable
namespace Microsoft.ML
{
    public interface IDataView { }
    public interface ICanSaveModel { }
    public interface ITransformer : ICanSaveModel { IDataView Transform(IDataView input); }

    public abstract class PredictionEngineBase<TSrc, TDst> : System.IDisposable
        where TSrc : class
        where TDst : class, new()
    {
        public TDst Predict(TSrc example) => throw null!;
        public abstract void Predict(TSrc example, ref TDst prediction);
        public void Dispose() { }
    }

    public sealed class PredictionEngine<TSrc, TDst> : PredictionEngineBase<TSrc, TDst>
        where TSrc : class
        where TDst : class, new()
    {
        public override void Predict(TSrc example, ref TDst prediction) => throw null!;
    }

    public sealed class ModelOperationsCatalog
    {
        public PredictionEngine<TSrc, TDst> CreatePredictionEngine<TSrc, TDst>(ITransformer transformer) where TSrc : class where TDst : class, new() => throw null!;
        public ITransformer Load(string filePath, out object inputSchema) => throw null!;
    }

    public sealed class MLContext
    {
        public MLContext(int? seed = null) { }
        public ModelOperationsCatalog Model { get; } = new();
    }
}
