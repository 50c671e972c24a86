// STUB, not the real package: mirrors the nested module types of TorchSharp 0.10x (torch+nn+Module`2 with forward and
// call) from dotnet/TorchSharp sources. The real package does not restore here.
#nullable enable
namespace TorchSharp
{
    public static partial class torch
    {
        public sealed class Tensor { }

        public static partial class nn
        {
            public abstract class Module : System.IDisposable { public void Dispose() { } public Module eval() => this; }

            public abstract class Module<T, TResult> : Module
            {
                public abstract TResult forward(T input);
                public TResult call(T input) => forward(input);
            }
        }
    }
}
