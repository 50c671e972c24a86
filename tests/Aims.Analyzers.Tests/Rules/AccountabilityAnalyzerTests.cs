using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.AccountabilityAnalyzer>;

namespace Aims.Analyzers.Tests.Rules;

/// <summary>AIMS004: an accountable owner and an intended purpose on every declared system.</summary>
public sealed class AccountabilityAnalyzerTests
{
    [Fact]
    public Task A_declaration_with_owner_and_purpose_reports_nothing() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("support-assistant", Purpose = "Drafts replies", Owner = "Support Engineering")]
        public sealed class ReplyDrafter { }
        """);

    [Fact]
    public Task A_bare_declaration_has_neither() => Test.VerifyAsync("""
        using Aims;
        [{|AIMS004:AiSystem("bare")|}]
        public sealed class Bare { }
        """);

    [Fact]
    public async Task The_message_names_what_is_missing()
    {
        var diagnostics = await new Test().WithSource("""
            using Aims;
            [{|AIMS004:AiSystem("half", Purpose = "")|}]
            public sealed class Half { }
            [{|AIMS004:AiSystem("no-purpose", Owner = "Ops")|}]
            public sealed class NoPurpose { }
            """).RunAsync();
        Assert.Equal(
            ["AI system 'half' has no Owner and no Purpose", "AI system 'no-purpose' has no Purpose"],
            diagnostics.Select(d => d.GetMessage()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public Task A_placeholder_is_left_to_AIMS017() => Test.VerifyAsync("""
        using Aims;
        [AiSystem("router", Purpose = "<purpose>", Owner = "<owner>")]
        public sealed class Router { }
        """);
}
