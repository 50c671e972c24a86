using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aims.Analyzers.Detection;

internal static class OperationValues
{
    /// <summary>The value under any implicit or explicit conversions (a string converted to Uri, Model or object).</summary>
    public static IOperation WithoutConversions(this IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }
}
