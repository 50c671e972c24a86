using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>A call inside an expression tree is data (a mocking setup, a query), not a call: it is not reported.</summary>
public sealed class ExpressionTreeTests
{
    [Fact]
    public Task Calls_in_expression_trees_are_not_reported_and_calls_in_delegates_are() => Verify.VerifyAsync("""
        using System;
        using System.Linq.Expressions;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class Setup<T>
        {
            public static void Returns(Expression<Func<T, object>> call) { }
        }
        public static class Tests
        {
            public static void Arrange(IChatClient client)
            {
                Setup<IChatClient>.Returns(c => c.GetResponseAsync("hi", null, default));
                Expression<Func<IChatClient, Task<ChatResponse>>> call = c => c.GetResponseAsync("hi", null, default);
                Func<IChatClient, Task<ChatResponse>> run = c => {|AIMS001:c.GetResponseAsync("hi", null, default)|};
            }
        }
        """);
}
