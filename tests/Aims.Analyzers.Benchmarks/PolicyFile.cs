using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Benchmarks;

/// <summary>An AI policy file as the package passes it to the analyzers: an additional file with AimsPolicy metadata.</summary>
public sealed class PolicyFile(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public static PolicyFile Read(string path) => new(System.IO.Path.GetFullPath(path), File.ReadAllText(path));

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
