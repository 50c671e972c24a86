using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Generator;

/// <summary>
/// Two pipeline values as one class. The driver keeps a table per value type it sees, and a table over a value type
/// (a tuple of tuples, a bool) is generic code the JIT compiles afresh in every build; over a class it shares the
/// compiled code every generator uses. Combining through this keeps every table of the pipeline over a class.
/// </summary>
internal sealed record Combined<TLeft, TRight>(TLeft Left, TRight Right)
    where TLeft : class
    where TRight : class;

internal static class CombinedExtensions
{
    public static IncrementalValueProvider<Combined<TLeft, TRight>> CombineAsRecord<TLeft, TRight>(
        this IncrementalValueProvider<TLeft> left, IncrementalValueProvider<TRight> right)
        where TLeft : class
        where TRight : class =>
        left.Combine(right).Select(static (pair, _) => new Combined<TLeft, TRight>(pair.Left, pair.Right));
}
