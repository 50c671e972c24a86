using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Aims.Manifest;
using Aims.Manifest.Build;
using Aims.Manifest.Json;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Microsoft.Build.Framework;

namespace Aims.Build.Tasks;

/// <summary>
/// Writes the build's manifest next to the assembly, as &lt;AssemblyName&gt;.aims.json: the declarations the generator
/// embedded in the compiled assembly, with the AI calls, named models and findings that the compiler's analyzers
/// reported in the same compilation, read from its error log (<see cref="ErrorLog"/>). Where the log cannot tell, the
/// manifest holds the declarations and says why, and the build gets a warning. A compile that
/// <see cref="ScreenAimsInputs"/> ran without the package's analyzers and generator has no AI call, finding or
/// declaration: its manifest says so, with the assembly's name and version read from its metadata.
/// </summary>
public sealed class WriteAimsManifest : Microsoft.Build.Utilities.Task
{
    private const string LateInputsNote =
        "a build step added sources, references or analyzer configuration after the screening, and they may hold AI, so the compile ran without the package: neither its AI calls nor its declarations are known (the systems listed are none because none were read); set AimsScreenInputs to false in this project";

    /// <summary>The compiled assembly (the intermediate assembly in obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The compiler's error log as the ErrorLog property gives it: a path, optionally followed by ",version=2.1".</summary>
    public string ErrorLog { get; set; } = string.Empty;

    /// <summary>The project folder: paths in the manifest are relative to it, and so is a relative ErrorLog.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The file to write.</summary>
    [Required]
    public string OutputPath { get; set; } = string.Empty;

    /// <summary>Whether the compile ran without the package's analyzers and generator, its inputs holding no AI.</summary>
    public bool CompiledWithoutAims { get; set; }

    /// <summary>Whether inputs added to such a compile after its screening may hold AI, so that it cannot say it has none.</summary>
    public bool LateInputsMayHoldAi { get; set; }

    /// <summary>The AimsAnalysisMode property, which the generator reads otherwise.</summary>
    public string AnalysisMode { get; set; } = string.Empty;

    /// <summary>The SourceRevisionId property, which the generator reads otherwise.</summary>
    public string SourceRevision { get; set; } = string.Empty;

    /// <summary>The implementation assemblies the project runs with (RuntimeCopyLocalItems, ReferenceCopyLocalPaths): its packages' runtime assets and its references' outputs.</summary>
    public ITaskItem[] Dependencies { get; set; } = [];

    /// <summary>The PackageReference items, for their AimsSupplierOf metadata.</summary>
    public ITaskItem[] PackageReferences { get; set; } = [];

    /// <summary>The ProjectReference items, for their AimsSupplierOf metadata.</summary>
    public ITaskItem[] ProjectReferences { get; set; } = [];

    /// <summary>NuGet's assets file (ProjectAssetsFile), whose dependency graph tells the packages that only AI SDKs bring.</summary>
    public string ProjectAssetsFile { get; set; } = string.Empty;

    /// <summary>The TargetFramework property, which names the graph of the assets file to read.</summary>
    public string TargetFramework { get; set; } = string.Empty;

    /// <summary>Where the scans of the dependencies are kept between builds (in obj/); no cache when empty.</summary>
    public string DependencyCache { get; set; } = string.Empty;

    /// <summary>The AimsPolicy items (full paths, separated by ';'): the AI policy the build applies.</summary>
    public string Policy { get; set; } = string.Empty;

    /// <summary>The NoWarn property: AIMSB004 listed there is not reported.</summary>
    public string NoWarn { get; set; } = string.Empty;

    public override bool Execute()
    {
        ManifestDocument? declarations;
        try
        {
            declarations = CompiledWithoutAims ? NoDeclarations() : ReadDeclarations();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException or ManifestReadException)
        {
            Log.LogError(null, BuildDiagnostics.CannotReadManifest, null, AssemblyPath, 0, 0, 0, 0, "Cannot read the AI manifest from '{0}': {1} ({2})", AssemblyPath, exception.Message, BuildDiagnostics.HelpLink(BuildDiagnostics.CannotReadManifest));
            return false;
        }

        if (declarations is null)
        {
            Log.LogMessage(MessageImportance.Low, "'{0}' carries no AI manifest; nothing to write.", AssemblyPath);
            return true;
        }

        var manifest = !CompiledWithoutAims ? WithBuildEvidence(declarations)
            : LateInputsMayHoldAi ? BuildManifest.DeclarationsOnly(declarations, LateInputsNote)
            : BuildManifest.WithoutAi(declarations);
        var policyFiles = Policy.Split([';'], StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        manifest = manifest with { Dependencies = ScanDependencies(), Policy = PolicyApplied(policyFiles) };
        if (manifest.Policy?.Problem is { } problem && CompiledWithoutAims)
        {
            // The analyzers report a policy they cannot apply (AIMS027); a compile run without them has only this.
            Log.LogError(null, BuildDiagnostics.InvalidPolicy, null, policyFiles[0], 0, 0, 0, 0, "The AI policy file '{0}' cannot be applied: {1} ({2})", Path.GetFileName(policyFiles[0]), problem, BuildDiagnostics.HelpLink(BuildDiagnostics.InvalidPolicy));
            return false;
        }

        if (!ReportUndeclaredSuppliers(manifest.Dependencies!, manifest.Systems.Select(s => s.Id)))
        {
            // No manifest, so that the next build runs this again and fails the same way.
            return false;
        }

        if (!manifest.HasBuildEvidence)
        {
            Log.LogWarning(null, BuildDiagnostics.DeclarationsOnly, null, OutputPath, 0, 0, 0, 0,
                "The AI manifest of '{0}' lists its declarations only: {1} ({2})", declarations.Assembly.Name, manifest.Evidence.Missing, BuildDiagnostics.HelpLink(BuildDiagnostics.DeclarationsOnly));
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputPath))!);
            File.WriteAllText(OutputPath, ManifestWriter.Write(manifest), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, BuildDiagnostics.CannotWriteManifest, null, OutputPath, 0, 0, 0, 0, "Cannot write the AI manifest to '{0}': {1} ({2})", OutputPath, exception.Message, BuildDiagnostics.HelpLink(BuildDiagnostics.CannotWriteManifest));
            return false;
        }

        Log.LogMessage(MessageImportance.Normal, "AI manifest written to '{0}'.", OutputPath);
        return true;
    }

    /// <summary>Which policy applied: its name, version and the hash of its bytes, or why it could not be applied.</summary>
    private static PolicyEntry? PolicyApplied(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(files[0]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The exception's message names the full path, which no artifact carries.
            var why = exception is FileNotFoundException or DirectoryNotFoundException ? "it does not exist" : "it cannot be opened";
            return new PolicyEntry(null, null, null, $"'{Path.GetFileName(files[0])}' cannot be read: {why}");
        }

        var hash = ContentHash.Sha256(bytes);
        if (files.Count > 1)
        {
            return new PolicyEntry(null, null, hash, $"it is one of {files.Count} AimsPolicy files; a project follows one policy");
        }

        try
        {
            var policy = Manifest.Policy.AiPolicyReader.Read(new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'));
            return new PolicyEntry(policy.Name, policy.Version, hash, null);
        }
        catch (Exception exception) when (exception is Manifest.Policy.AiPolicyException or DecoderFallbackException)
        {
            return new PolicyEntry(null, null, hash, exception.Message);
        }
    }

    private IReadOnlyList<DependencyEntry> ScanDependencies()
    {
        var cachePath = Trimmed(DependencyCache) is { } cacheFile ? Path.Combine(ProjectDirectory, cacheFile) : null;
        var cache = cachePath is null ? new DependencyCache() : Tasks.DependencyCache.Load(cachePath);
        var broughtByAiSdks = PackagesBroughtByAiSdks.Read(ProjectAssetsFile, TargetFramework);
        var dependencies = DependencyInventory.Of(DependencyReferences.From(Dependencies, PackageReferences, ProjectReferences, broughtByAiSdks), cache);
        if (cachePath is not null)
        {
            try
            {
                cache.Save(cachePath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Log.LogMessage(MessageImportance.Low, "The scans of the dependencies were not kept in '{0}': {1}", cachePath, exception.Message);
            }
        }

        return dependencies;
    }

    /// <summary>
    /// AIMSB004 for each library that calls AI without being declared a supplier of a system the project declares: an error
    /// in Strict mode, else a warning. False when it logged an error.
    /// </summary>
    private bool ReportUndeclaredSuppliers(IReadOnlyList<DependencyEntry> dependencies, IEnumerable<string> systems)
    {
        if (NoWarn.Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Any(code => code.Trim() == BuildDiagnostics.UndeclaredAiSupplier))
        {
            return true;
        }

        var declared = new HashSet<string>(systems, StringComparer.Ordinal);
        var file = BuildEngine?.ProjectFileOfTaskNode is { Length: > 0 } projectFile ? projectFile : ProjectDirectory;
        var failed = false;
        foreach (var dependency in dependencies.Where(d => d.SuppliesNoDeclaredSystem(declared)))
        {
            var what = $"'{dependency.Name}'" + (dependency.Version is { } version ? $" {version}" : string.Empty);
            var calls = string.Join(", ", dependency.Calls.Select(c => c.CalledMember).Distinct().Take(3)) + (dependency.Calls.Select(c => c.CalledMember).Distinct().Count() > 3 ? ", ..." : string.Empty);
            var named = dependency.SupplierOf.Count == 0 ? string.Empty : $"; AimsSupplierOf names {string.Join(", ", dependency.SupplierOf.Select(id => $"'{id}'"))}, which this project does not declare";
            const string Message = "{0} calls AI ({1}) and no AI system of this project declares it a supplier{2}: name the systems it supplies with AimsSupplierOf on its reference ({3})";
            if (Trimmed(AnalysisMode) == AnalysisModes.Strict)
            {
                failed = true;
                Log.LogError(null, BuildDiagnostics.UndeclaredAiSupplier, null, file, 0, 0, 0, 0, Message, what, calls, named, BuildDiagnostics.HelpLink(BuildDiagnostics.UndeclaredAiSupplier));
            }
            else
            {
                Log.LogWarning(null, BuildDiagnostics.UndeclaredAiSupplier, null, file, 0, 0, 0, 0, Message, what, calls, named, BuildDiagnostics.HelpLink(BuildDiagnostics.UndeclaredAiSupplier));
            }
        }

        return !failed;
    }

    private ManifestDocument NoDeclarations()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        var metadata = pe.GetMetadataReader();
        var assembly = metadata.GetAssemblyDefinition();
        var context = new ManifestContext(
            metadata.GetString(assembly.Name),
            assembly.Version.ToString(),
            Trimmed(AnalysisMode) ?? AnalysisModes.Default,
            Trimmed(SourceRevision),
            ProjectDirectory,
            PackageVersion.Of(typeof(WriteAimsManifest).Assembly));
        return DeclarationsDocument.Create(context, null, Array.Empty<AiSystem>(), Array.Empty<ApplicabilityEntry>());
    }

    private static string? Trimmed(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private ManifestDocument? ReadDeclarations()
    {
        using var stream = File.OpenRead(AssemblyPath);
        return EmbeddedManifest.Read(stream) is { } json ? ManifestReader.Read(json) : null;
    }

    private ManifestDocument WithBuildEvidence(ManifestDocument declarations)
    {
        var errorLog = ErrorLogPath.Parse(ErrorLog, ProjectDirectory);
        if (errorLog is null)
        {
            return BuildManifest.DeclarationsOnly(declarations, "the build wrote no compiler error log (the ErrorLog property is empty)");
        }

        var name = Path.GetFileName(errorLog);
        if (!File.Exists(errorLog))
        {
            return BuildManifest.DeclarationsOnly(declarations, $"the compiler wrote no error log '{name}'");
        }

        CompilerReport report;
        try
        {
            report = SarifReader.Read(File.ReadAllBytes(errorLog));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonFormatException or JsonShapeException)
        {
            return BuildManifest.DeclarationsOnly(declarations, $"the compiler's error log '{name}' cannot be read ({exception.Message}); is it shared by several projects or target frameworks?");
        }

        return BuildManifest.Assemble(declarations, report, ProjectDirectory);
    }
}
