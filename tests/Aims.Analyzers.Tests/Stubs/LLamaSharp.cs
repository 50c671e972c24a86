// STUB, not the real package: mirrors ILLamaExecutor, StatefulExecutorBase (which declares InferAsync for
// InteractiveExecutor) and StatelessExecutor of LLamaSharp 0.2x (SciSharp/LLamaSharp sources). The real package does not restore here.
#nullable enable
using System.Collections.Generic;
using System.Threading;

namespace LLama.Abstractions
{
    public interface IInferenceParams { }
    public interface ILLamaExecutor
    {
        IAsyncEnumerable<string> InferAsync(string text, IInferenceParams? inferenceParams = null, CancellationToken token = default);
    }
}

namespace LLama
{
    using LLama.Abstractions;

    public abstract class StatefulExecutorBase : ILLamaExecutor
    {
        public virtual IAsyncEnumerable<string> InferAsync(string? text, IInferenceParams? inferenceParams = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public class InteractiveExecutor : StatefulExecutorBase { }

    public class StatelessExecutor : ILLamaExecutor
    {
        public IAsyncEnumerable<string> InferAsync(string prompt, IInferenceParams? inferenceParams = null, CancellationToken cancellationToken = default) => throw null!;
    }
}
