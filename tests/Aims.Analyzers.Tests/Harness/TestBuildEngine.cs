using System.Collections;
using Microsoft.Build.Framework;

namespace Aims.Analyzers.Tests.Harness;

/// <summary>The MSBuild host of a task run in a test: it keeps what the task logs.</summary>
public sealed class TestBuildEngine : IBuildEngine
{
    public List<string> Messages { get; } = [];

    public List<string> Warnings { get; } = [];

    public List<string> Errors { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;

    public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add($"{e.Code}: {e.Message}");

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? string.Empty);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add($"{e.Code}: {e.Message}");
}
