namespace Aims.Analyzers.Benchmarks;

/// <summary>The generated projects the benchmarks compile.</summary>
public enum BenchmarkProject
{
    /// <summary>1,000 service classes that call no AI (each makes an HttpClient call to a non-model host).</summary>
    NoAi,

    /// <summary>The same 1,000 classes, each with one undeclared IChatClient call.</summary>
    OneCallPerFile,

    /// <summary>1,000 declared AI systems with 10 model calls each: 10,000 call sites.</summary>
    AiDense,

    /// <summary>A real codebase of the machine, named by <c>AIMS_BENCH_SOURCES</c> (see <see cref="RealSources"/>).</summary>
    RealSources,
}

public static class BenchmarkProjects
{
    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Create(BenchmarkProject project) => project switch
    {
        BenchmarkProject.NoAi => GeneratedProject.Create(files: 1000, withAiCalls: false),
        BenchmarkProject.OneCallPerFile => GeneratedProject.Create(files: 1000, withAiCalls: true),
        BenchmarkProject.AiDense => GeneratedInventory.Create(),
        _ => Benchmarks.RealSources.Create(),
    };

    /// <summary>The given projects, and the real codebase when <c>AIMS_BENCH_SOURCES</c> names one.</summary>
    public static IEnumerable<BenchmarkProject> With(params BenchmarkProject[] generated) =>
        Benchmarks.RealSources.Folder is null ? generated : generated.Append(BenchmarkProject.RealSources);
}
