using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Aims.Manifest.Screening;
using Microsoft.Build.Framework;

namespace Aims.Build.Tasks;

/// <summary>
/// Decides, before the compile, whether the compilation's inputs can hold anything the package's analyzers and generator
/// look for (<see cref="CompilationInputs"/>): an AI SDK or an assembly built against Aims.Annotations among its
/// references, a model host or an Aims attribute in its sources, configured model-call symbols. When none can, the build
/// compiles without them and the manifest says the inputs hold no AI. It reads reference metadata without loading
/// assemblies, and stops at the first input that decides.
/// </summary>
public sealed class ScreenAimsInputs : Microsoft.Build.Utilities.Task
{
    /// <summary>The references the compiler gets (ReferencePathWithRefAssemblies).</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The source files the compiler gets (Compile).</summary>
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Source the build writes from items after this screening runs: the AssemblyAttribute and Using items, which
    /// become the generated AssemblyInfo and GlobalUsings files.
    /// </summary>
    public string[] GeneratedSourceItems { get; set; } = Array.Empty<string>();

    /// <summary>The .editorconfig and .globalconfig files the compiler reads (EditorConfigFiles).</summary>
    public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The AimsModelCallSymbols property.</summary>
    public string ModelCallSymbols { get; set; } = string.Empty;

    /// <summary>Whether the compilation needs the package's analyzers and generator.</summary>
    [Output]
    public bool MayHoldAi { get; private set; }

    public override bool Execute()
    {
        var screening = new InputScreening();
        MayHoldAi = Screen(screening);
        var reasons = screening.Inputs.Reasons().ToList();
        Log.LogMessage(
            MessageImportance.Low,
            reasons.Count > 0
                ? "Aims: the compile needs the AI inventory's analyzers and generator: " + string.Join("; ", reasons) + "."
                : "Aims: no AI SDK, model host, Aims attribute or configured model-call symbol among the compile's inputs; it runs without the package's analyzers and generator.");
        return true;
    }

    private bool Screen(InputScreening screening)
    {
        screening.AddModelCallSymbolsProperty(ModelCallSymbols);
        foreach (var file in AnalyzerConfigFiles)
        {
            // One the compiler cannot read either configures nothing.
            screening.AddAnalyzerConfiguration(ReadText(file.GetMetadata("FullPath")) ?? string.Empty);
        }

        var withMetadata = References.Select(reference => reference.GetMetadata("FullPath")).Where(screening.AddReference).ToList();
        if (screening.MayHoldAi)
        {
            return true;
        }

        foreach (var item in GeneratedSourceItems)
        {
            screening.AddSource(SourceMentions.Of(item));
        }

        foreach (var source in Sources)
        {
            // A file that cannot be read is one the compiler will complain of; until then it could hold anything.
            screening.AddSource(ReadText(source.GetMetadata("FullPath")) is { } text ? SourceMentions.Of(text) : SourceMentions.Everything);
            if (screening.MayHoldAi)
            {
                return true;
            }
        }

        foreach (var path in withMetadata)
        {
            AddMetadata(screening, path);
            if (screening.MayHoldAi)
            {
                return true;
            }
        }

        return screening.MayHoldAi;
    }

    private static void AddMetadata(InputScreening screening, string path)
    {
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            screening.AddReferenceMetadata(pe.HasMetadata ? pe.GetMetadataReader() : null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            screening.AddReferenceMetadata(null);
        }
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
