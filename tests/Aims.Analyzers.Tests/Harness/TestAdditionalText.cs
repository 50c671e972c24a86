using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>An additional file of a test compilation, as the compiler passes AdditionalFiles items to analyzers.</summary>
public sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
}
