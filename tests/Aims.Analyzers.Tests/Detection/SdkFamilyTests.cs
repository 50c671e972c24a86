using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>The members of each real SDK that send data to a model are reported.</summary>
public sealed class SdkFamilyTests
{
    [Fact]
    public Task OpenAI_clients_for_every_modality_are_reported() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading.Tasks;
        using OpenAI.Audio;
        using OpenAI.Embeddings;
        using OpenAI.Images;
        using OpenAI.Moderations;
        using OpenAI.Responses;
        public static class Modalities
        {
            public static async Task RunAsync(EmbeddingClient embeddings, ImageClient images, AudioClient audio,
                ModerationClient moderation, ResponsesClient responses, Stream speech)
            {
                _ = await {|AIMS001:embeddings.GenerateEmbeddingAsync("text")|};
                _ = {|AIMS001:embeddings.GenerateEmbeddings(new[] { "a", "b" })|};
                _ = await {|AIMS001:images.GenerateImageAsync("a cat")|};
                _ = await {|AIMS001:audio.TranscribeAudioAsync(speech, "speech.mp3")|};
                _ = await {|AIMS001:audio.GenerateSpeechAsync("hello", GeneratedSpeechVoice.Alloy)|};
                _ = await {|AIMS001:moderation.ClassifyTextAsync("text")|};
                _ = await {|AIMS001:responses.CreateResponseAsync("gpt-4o-2024-08-06", "hello")|};
            }
        }
        """);

    [Fact]
    public Task OpenAI_protocol_method_with_binary_content_is_reported() => Verify.VerifyAsync("""
        using System.ClientModel;
        using OpenAI.Chat;
        public static class Protocol
        {
            public static ClientResult Run(ChatClient client, BinaryContent body) => {|AIMS001:client.CompleteChat(body)|};
        }
        """);

    [Fact]
    public Task Anthropic_messages_and_streaming_are_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Anthropic;
        using Anthropic.Models.Messages;
        public sealed class Claude(AnthropicClient client)
        {
            public async Task RunAsync(MessageCreateParams parameters)
            {
                var message = await {|AIMS001:client.Messages.Create(parameters)|};
                await foreach (var e in {|AIMS001:client.Messages.CreateStreaming(parameters)|})
                {
                    _ = e;
                }
            }

            public Task<Message> ThroughInterfaceAsync(IAnthropicClient anthropic, MessageCreateParams parameters) =>
                {|AIMS001:anthropic.Messages.Create(parameters)|};
        }
        """);

    [Fact]
    public Task Microsoft_Extensions_AI_embedding_generator_extensions_are_reported() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        public static class Embeddings
        {
            public static async Task RunAsync(IEmbeddingGenerator<string, Embedding<float>> generator)
            {
                _ = await {|AIMS001:generator.GenerateVectorAsync("text")|};
                _ = await {|AIMS001:generator.GenerateAndZipAsync(new[] { "a", "b" })|};
            }
        }
        """);
}
