// STUB, not the real package: mirrors InferenceSession and its value types from Microsoft.ML.OnnxRuntime 1.x
// (InferenceSession.shared.cs). The real package does not restore here.
#nullable enable
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Microsoft.ML.OnnxRuntime
{
    public interface IDisposableReadOnlyCollection<T> : IReadOnlyCollection<T>, System.IDisposable { }
    public class NamedOnnxValue { public static NamedOnnxValue CreateFromTensor<T>(string name, object value) => throw null!; }
    public sealed class DisposableNamedOnnxValue : NamedOnnxValue, System.IDisposable { public void Dispose() { } }
    public sealed class OrtValue : System.IDisposable { public void Dispose() { } }
    public sealed class RunOptions : System.IDisposable { public void Dispose() { } }
    public sealed class SessionOptions : System.IDisposable { public void Dispose() { } }

    public class InferenceSession : System.IDisposable
    {
        public InferenceSession(string modelPath) { }
        public InferenceSession(string modelPath, SessionOptions options) { }
        public IDisposableReadOnlyCollection<DisposableNamedOnnxValue> Run(IReadOnlyCollection<NamedOnnxValue> inputs) => throw null!;
        public IDisposableReadOnlyCollection<DisposableNamedOnnxValue> Run(IReadOnlyCollection<NamedOnnxValue> inputs, IReadOnlyCollection<string> outputNames) => throw null!;
        public Task<IReadOnlyCollection<OrtValue>> RunAsync(RunOptions options, IReadOnlyCollection<string> inputNames, IReadOnlyCollection<OrtValue> inputValues, IReadOnlyCollection<string> outputNames, IReadOnlyCollection<OrtValue> outputValues) => throw null!;
        public IReadOnlyDictionary<string, object> InputMetadata => throw null!;
        public void Dispose() { }
    }
}
