using Xunit;
using Test = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// The modalities of Microsoft.Extensions.AI 11 on its real assemblies: speech both ways, images, realtime sessions and
/// a summarising chat reducer are model calls; a reducer that only counts messages, and one behind IChatReducer, are not.
/// </summary>
public sealed class ExtensionsAiModalityTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new Test { References = Harness.TestReferences.EverySdk };
        test.OnlyIds = new HashSet<string> { "AIMS001", "AIMS020" };
        return test.WithSource(source).RunAsync();
    }

    [Fact]
    public Task Speech_images_and_realtime_sessions_are_model_calls() => VerifyAsync("""
        #pragma warning disable MEAI001
        using System.IO;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class Modalities
        {
            public static async Task RunAsync(ITextToSpeechClient voice, ISpeechToTextClient ears, IImageGenerator images, IRealtimeClient realtime, RealtimeClientMessage message, Stream audio)
            {
                _ = await {|AIMS001:voice.GetAudioAsync("Your order has shipped")|};
                await foreach (var chunk in {|AIMS001:voice.GetStreamingAudioAsync("Hello")|}) { _ = chunk; }
                _ = await {|AIMS001:ears.GetTextAsync(audio)|};
                _ = await {|AIMS001:images.GenerateImagesAsync("A lighthouse at dusk")|};
                var session = await {|AIMS001:realtime.CreateSessionAsync()|};
                await {|AIMS001:session.SendAsync(message)|};
            }
        }
        """);

    [Fact]
    public Task A_summarising_reducer_is_a_model_call_and_a_counting_one_is_not() => VerifyAsync("""
        #pragma warning disable MEAI001
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class History
        {
            public static async Task ReduceAsync(IChatClient chat, List<ChatMessage> messages, IChatReducer configured)
            {
                var summarising = new SummarizingChatReducer(chat, targetCount: 10, threshold: 5);
                _ = await {|AIMS001:summarising.ReduceAsync(messages, default)|};
                var counting = new MessageCountingChatReducer(20);
                _ = await counting.ReduceAsync(messages, default);
                _ = await configured.ReduceAsync(messages, default);
            }
        }
        """);
}
