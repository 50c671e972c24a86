using Aims.Analyzers.Tests.Harness;
using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.SystemIdentityAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS006 (an id declared twice) and AIMS009 (a piece of a system declared nowhere), across files and references.</summary>
public sealed class SystemIdentityAnalyzerTests
{
    private static Test WithSharedLibrary() => new() { References = TestReferences.Default.Add(TestReferences.CompileLibrary("Shared", SharedSystems.Library)) };

    [Fact]
    public Task Duplicate_ids_report_both_declarations_across_files() => Test.VerifyAsync(
        """
        using Aims;
        [{|AIMS006:AiSystem("assistant")|}]
        public sealed class A { }
        """,
        """
        using Aims;
        public static class Holder
        {
            [{|AIMS006:AiSystem("assistant")|}]
            public static void B() { }
        }
        """);

    [Fact]
    public async Task Duplicate_of_a_referenced_assembly_is_reported_naming_it()
    {
        var diagnostics = await WithSharedLibrary().WithSource("""
            using Aims;
            [{|AIMS006:AiSystem("platform-assistant")|}]
            public sealed class Copy { }
            """).RunAsync();
        Assert.Contains("is also declared at assembly Shared", diagnostics.Single(d => d.Id == "AIMS006").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task PartOfAiSystem_of_an_undeclared_id_is_reported_and_known_ids_are_not() => WithSharedLibrary().WithSource("""
        using Aims;
        [AiSystem("local")]
        public sealed class Local { }
        [PartOfAiSystem("local")]
        public sealed class LocalPiece { }
        [PartOfAiSystem("platform-assistant")]
        public sealed class SharedPiece { }
        [{|AIMS009:PartOfAiSystem("typo-assistant")|}]
        public sealed class Orphan { }
        """).RunAsync();

    [Fact]
    public Task Systems_declared_and_joined_on_local_functions_and_lambdas_are_known() => Test.VerifyAsync("""
        using Aims;
        public sealed class Host
        {
            public void Run()
            {
                [AiSystem("local-system")]
                static void Declared() { }
                Declared();
                System.Action joined = [PartOfAiSystem("local-system")] () => { };
                System.Action orphan = [{|AIMS009:PartOfAiSystem("nowhere")|}] () => { };
            }

            [{|AIMS006:AiSystem("twice")|}]
            public void First()
            {
                [{|AIMS006:AiSystem("twice")|}]
                static void Second() { }
                Second();
            }
        }
        """);
}
