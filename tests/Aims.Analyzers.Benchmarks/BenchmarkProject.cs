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
}

public static class BenchmarkProjects
{
    public static Microsoft.CodeAnalysis.CSharp.CSharpCompilation Create(BenchmarkProject project) => project switch
    {
        BenchmarkProject.NoAi => GeneratedProject.Create(files: 1000, withAiCalls: false),
        BenchmarkProject.OneCallPerFile => GeneratedProject.Create(files: 1000, withAiCalls: true),
        _ => GeneratedInventory.Create(),
    };
}
