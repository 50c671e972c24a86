using System;
using System.Threading;

namespace Aims.Analyzers.Declarations;

/// <summary>
/// A value computed on first use with the token of the caller that needs it and kept once computed. Unlike a
/// <see cref="Lazy{T}"/> built around one caller's token, a cancelled computation leaves nothing behind, so the next
/// caller (an IDE request with a token of its own) computes it afresh instead of inheriting the cancellation.
/// </summary>
internal sealed class ComputedOnce<T>
    where T : class
{
    private T? _value;

    public T Get(Func<CancellationToken, T> compute, CancellationToken cancellationToken)
    {
        var value = Volatile.Read(ref _value);
        if (value is not null)
        {
            return value;
        }

        // Two first callers may both compute; the first to finish wins and both return its value.
        value = compute(cancellationToken);
        return Interlocked.CompareExchange(ref _value, value, null) ?? value;
    }
}
