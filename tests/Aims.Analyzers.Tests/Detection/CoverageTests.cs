using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>[AiSystem] and [PartOfAiSystem] cover everything inside the code they annotate, and nothing outside it.</summary>
public sealed class CoverageTests
{
    // What the declarations say about disclosure or staleness is tested in SystemUsageTests.
    private static class Verify
    {
        public static Task VerifyAsync(params string[] sources) =>
            new Test { OnlyIds = new HashSet<string> { "AIMS001" } }.WithSources(sources).RunAsync();
    }

    [Fact]
    public Task AiSystem_on_the_type_covers_members_lambdas_local_functions_and_nested_types() => Verify.VerifyAsync("""
        using System.Linq;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [AiSystem("support-assistant", Name = "Support", Purpose = "Drafts replies", Owner = "Support", Risk = AiRiskLevel.Limited)]
        public sealed class ReplyDrafter(IChatClient client)
        {
            public Task<ChatResponse> DraftAsync(string ticket) => client.GetResponseAsync(ticket);
            public Task<ChatResponse[]> AllAsync(string[] tickets) => Task.WhenAll(tickets.Select(t => client.GetResponseAsync(t)));
            public async Task<string> LocalAsync(string ticket)
            {
                return await Ask();
                async Task<string> Ask() => (await client.GetResponseAsync(ticket)).Text;
            }
            public sealed class Nested(IChatClient inner)
            {
                public Task<ChatResponse> RunAsync() => inner.GetResponseAsync("hi");
            }
        }
        """);

    [Fact]
    public Task AiSystem_on_a_method_covers_only_that_method() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        public sealed class Mixed(IChatClient client)
        {
            [AiSystem("summariser")]
            public Task<ChatResponse> SummariseAsync(string text) => client.GetResponseAsync(text);

            public Task<ChatResponse> TranslateAsync(string text) => {|AIMS001:client.GetResponseAsync(text)|};
        }
        """);

    [Fact]
    public Task AiSystem_on_a_property_and_a_constructor_covers_their_bodies() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        public sealed class Warm
        {
            private readonly Task<ChatResponse> _warmup;
            [AiSystem("warmup")]
            public Warm(IChatClient client) => _warmup = client.GetResponseAsync("ping");

            [PartOfAiSystem("warmup")]
            public Task<ChatResponse> Again { get { return Client.GetResponseAsync("again"); } }

            public IChatClient Client { get; set; } = null!;
        }
        """);

    [Fact]
    public Task PartOfAiSystem_covers_like_a_declaration() => Verify.VerifyAsync(
        """
        using Aims;
        [AiSystem("support-assistant")]
        public sealed class ReplyDrafter { }
        """,
        """
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [PartOfAiSystem("support-assistant")]
        internal sealed class TicketSummarizer(IChatClient client)
        {
            public Task<ChatResponse> SummariseAsync(string t) => client.GetResponseAsync(t);
        }
        """);

    [Fact]
    public Task Assembly_level_declaration_covers_everything() => Verify.VerifyAsync(
        """
        [assembly: Aims.AiSystem("everything")]
        """,
        """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class Anywhere
        {
            public static Task<ChatResponse> RunAsync(IChatClient client) => client.GetResponseAsync("hi");
        }
        """);

    [Fact]
    public Task Declaration_on_one_partial_part_covers_calls_in_the_other_part() => Verify.VerifyAsync(
        """
        using Aims;
        [AiSystem("assistant")]
        public sealed partial class Assistant { }
        """,
        """
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public sealed partial class Assistant
        {
            public Task<ChatResponse> AskAsync(IChatClient client, string q) => client.GetResponseAsync(q);
        }
        """);

    [Fact]
    public Task Declaration_on_a_local_function_or_lambda_covers_only_it() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        public sealed class Scoped(IChatClient client)
        {
            public async Task RunAsync()
            {
                await Covered();
                Func<Task<ChatResponse>> lambda = [PartOfAiSystem("x")] () => client.GetResponseAsync("covered lambda");
                await {|AIMS001:client.GetResponseAsync("not covered")|};

                [AiSystem("x")]
                Task<ChatResponse> Covered() => client.GetResponseAsync("covered local function");
            }
        }
        """);

    [Fact]
    public Task Base_class_declaration_does_not_cover_a_derived_class() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Aims;
        using Microsoft.Extensions.AI;
        [AiSystem("base-system")]
        public abstract class Base { }
        public sealed class Derived(IChatClient client) : Base
        {
            public Task<ChatResponse> AskAsync() => {|AIMS001:client.GetResponseAsync("hi")|};
        }
        """);
}
