using System.Linq;
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

    /// <summary>What a call is made on: its instance, or the first argument of an extension method (<c>client.PostAsJsonAsync(...)</c>).</summary>
    public static IOperation? ReceiverOf(IInvocationOperation call) =>
        call.Instance ?? (call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : null);
}
