using System;
using System.Collections.Generic;
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
/// assemblies, and stops at the first input that decides. Anything it cannot read counts as AI: a failure here costs
/// time, never evidence.
/// </summary>
public sealed class ScreenAimsInputs : Microsoft.Build.Utilities.Task
{
    /// <summary>The references the compiler gets (ReferencePathWithRefAssemblies).</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The source files the compiler gets (Compile).</summary>
    public ITaskItem[] Sources { get; set; } = Array.Empty<ITaskItem>();

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
        try
        {
            MayHoldAi = Screen(screening);
        }
        catch (Exception exception)
        {
            // A path or file this host cannot handle: the compile keeps the analyzers, which read what the compiler reads.
            MayHoldAi = true;
            Log.LogMessage(MessageImportance.Low, "Aims: the compile's inputs could not be screened ({0}); it runs with the analyzers and generator.", exception.Message);
            return true;
        }

        var reasons = screening.Inputs.Reasons().ToList();
        Log.LogMessage(
            MessageImportance.Low,
            reasons.Count > 0
                ? "Aims: the compile's inputs may hold AI: " + string.Join("; ", reasons) + "."
                : "Aims: no AI SDK, assembly built against Aims.Annotations, model host, Aims attribute or configured model-call symbol among the compile's inputs; it runs without the package's analyzers and generator.");
        return true;
    }

    private bool Screen(InputScreening screening)
    {
        screening.AddModelCallSymbols(ModelCallSymbols);
        foreach (var file in AnalyzerConfigFiles)
        {
            screening.AddAnalyzerConfiguration(ReadText(file.GetMetadata("FullPath")));
        }

        var withMetadata = new List<string>();
        foreach (var reference in References)
        {
            var path = reference.GetMetadata("FullPath");
            if (screening.AddReference(path))
            {
                withMetadata.Add(path);
            }
        }

        if (screening.MayHoldAi)
        {
            return true;
        }

        foreach (var source in Sources)
        {
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

        return false;
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

    /// <summary>A file's text, or null when it cannot be read (then it could hold anything).</summary>
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
