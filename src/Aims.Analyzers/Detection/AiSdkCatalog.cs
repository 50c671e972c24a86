using System;
using System.Collections.Immutable;
using System.Linq;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The built-in table of AI SDK members that send data to, or run, a model. Detection, the manifest and
/// docs/sdk-catalogue.md all read this table: adding an SDK is adding rows.
/// </summary>
internal static class AiSdkCatalog
{
    public const string HttpSdk = "HTTP";

    // Declared before Entries: static initializers run in textual order.
    private static readonly string[] VertexPredictionMembers =
    [
        "Predict", "PredictAsync", "RawPredict", "RawPredictAsync", "StreamRawPredict", "DirectPredict", "DirectPredictAsync",
        "DirectRawPredict", "DirectRawPredictAsync", "StreamDirectPredict", "StreamDirectRawPredict", "StreamingPredict",
        "ServerStreamingPredict", "StreamingRawPredict", "Explain", "ExplainAsync",
    ];

    public static ImmutableArray<AiSdkEntry> Entries { get; } = ImmutableArray.Create(
        // OpenAI .NET SDK (OpenAI 2.x); Azure OpenAI 2.x hands out these same clients.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Chat.ChatClient", AiCallKind.Chat,
            "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.ResponsesClient", AiCallKind.Responses,
            "CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync",
            "CompactResponse", "CompactResponseAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.OpenAIResponseClient", AiCallKind.Responses,
            "CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Embeddings.EmbeddingClient", AiCallKind.Embeddings,
            "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Images.ImageClient", AiCallKind.ImageGeneration,
            "GenerateImage", "GenerateImageAsync", "GenerateImages", "GenerateImagesAsync", "GenerateImagesStreamingAsync",
            "GenerateImageEdit", "GenerateImageEditAsync", "GenerateImageEdits", "GenerateImageEditsAsync",
            "GenerateImageEditsStreamingAsync", "GenerateImageVariation", "GenerateImageVariationAsync",
            "GenerateImageVariations", "GenerateImageVariationsAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Audio.AudioClient", AiCallKind.SpeechToText,
            "TranscribeAudio", "TranscribeAudioAsync", "TranscribeAudioStreamingAsync", "TranscribeAudioDiarized",
            "TranscribeAudioDiarizedAsync", "TranslateAudio", "TranslateAudioAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Audio.AudioClient", AiCallKind.TextToSpeech,
            "GenerateSpeech", "GenerateSpeechAsync", "GenerateSpeechStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Moderations.ModerationClient", AiCallKind.Moderation,
            "ClassifyText", "ClassifyTextAsync", "ClassifyInputs", "ClassifyInputsAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Assistants.AssistantClient", AiCallKind.Agent,
            "CreateRun", "CreateRunAsync", "CreateRunStreaming", "CreateRunStreamingAsync", "CreateThreadAndRun",
            "CreateThreadAndRunAsync", "CreateThreadAndRunStreaming", "CreateThreadAndRunStreamingAsync",
            "SubmitToolOutputsToRun", "SubmitToolOutputsToRunAsync", "SubmitToolOutputsToRunStreaming",
            "SubmitToolOutputsToRunStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeClient", AiCallKind.Realtime,
            "StartConversationSession", "StartConversationSessionAsync", "StartTranscriptionSession",
            "StartTranscriptionSessionAsync", "StartSession", "StartSessionAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Batch.BatchClient", AiCallKind.Batch, "CreateBatch", "CreateBatchAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.FineTuning.FineTuningClient", AiCallKind.FineTuning,
            "FineTune", "FineTuneAsync", "CreateFineTuningJob", "CreateFineTuningJobAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Graders.GraderClient", AiCallKind.Evaluation, "RunGrader", "RunGraderAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Evals.EvaluationClient", AiCallKind.Evaluation,
            "CreateEvaluationRun", "CreateEvaluationRunAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Videos.VideoClient", AiCallKind.VideoGeneration,
            "CreateVideo", "CreateVideoAsync", "CreateVideoRemix", "CreateVideoRemixAsync"),

        // Azure OpenAI 1.0.0-beta (before it moved onto the OpenAI clients above).
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.Chat,
            "GetChatCompletions", "GetChatCompletionsAsync", "GetChatCompletionsStreaming",
            "GetChatCompletionsStreamingAsync"),
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.Completion,
            "GetCompletions", "GetCompletionsAsync", "GetCompletionsStreaming", "GetCompletionsStreamingAsync"),
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.Embeddings,
            "GetEmbeddings", "GetEmbeddingsAsync"),
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.ImageGeneration,
            "GetImageGenerations", "GetImageGenerationsAsync"),
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.SpeechToText,
            "GetAudioTranscription", "GetAudioTranscriptionAsync", "GetAudioTranslation", "GetAudioTranslationAsync"),
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.TextToSpeech,
            "GenerateSpeechFromText", "GenerateSpeechFromTextAsync"),

        // Microsoft.Extensions.AI abstractions: any provider behind the interfaces.
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IChatClient", AiCallKind.Chat,
            "GetResponseAsync", "GetStreamingResponseAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ChatClientExtensions", AiCallKind.Chat,
            "GetResponseAsync", "GetStreamingResponseAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", AiCallKind.Chat,
            "GetResponseAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IEmbeddingGenerator`2", AiCallKind.Embeddings,
            "GenerateAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", AiCallKind.Embeddings,
            "GenerateAsync", "GenerateAndZipAsync", "GenerateVectorAsync", "GenerateEmbeddingAsync",
            "GenerateEmbeddingVectorAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IImageGenerator", AiCallKind.ImageGeneration,
            "GenerateAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ImageGeneratorExtensions", AiCallKind.ImageGeneration,
            "GenerateImagesAsync", "EditImageAsync", "EditImagesAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ISpeechToTextClient", AiCallKind.SpeechToText,
            "GetTextAsync", "GetStreamingTextAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.SpeechToTextClientExtensions", AiCallKind.SpeechToText,
            "GetTextAsync", "GetStreamingTextAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ITextToSpeechClient", AiCallKind.TextToSpeech,
            "GetAudioAsync", "GetStreamingAudioAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IRealtimeClient", AiCallKind.Realtime,
            "CreateSessionAsync"),

        // Semantic Kernel.
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.Kernel", AiCallKind.Chat,
            "InvokeAsync", "InvokeStreamingAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.KernelFunction", AiCallKind.Chat,
            "InvokeAsync", "InvokeStreamingAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.KernelExtensions", AiCallKind.Chat,
            "InvokePromptAsync", "InvokePromptStreamingAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService", AiCallKind.Chat,
            "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.ChatCompletion.ChatCompletionServiceExtensions", AiCallKind.Chat,
            "GetChatMessageContentAsync", "GetChatMessageContentsAsync", "GetStreamingChatMessageContentsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.TextGeneration.ITextGenerationService", AiCallKind.Completion,
            "GetTextContentsAsync", "GetStreamingTextContentsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.TextGeneration.TextGenerationExtensions", AiCallKind.Completion,
            "GetTextContentAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.Embeddings.IEmbeddingGenerationService`2", AiCallKind.Embeddings,
            "GenerateEmbeddingsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.Embeddings.EmbeddingGenerationExtensions", AiCallKind.Embeddings,
            "GenerateEmbeddingAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.TextToImage.ITextToImageService", AiCallKind.ImageGeneration,
            "GetImageContentsAsync", "GenerateImageAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.TextToImage.TextToImageServiceExtensions", AiCallKind.ImageGeneration,
            "GenerateImageAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.AudioToText.IAudioToTextService", AiCallKind.SpeechToText,
            "GetTextContentsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.ImageToText.IImageToTextService", AiCallKind.Chat,
            "GetTextContentsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.TextToAudio.ITextToAudioService", AiCallKind.TextToSpeech,
            "GetAudioContentsAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.Agents.Agent", AiCallKind.Agent,
            "InvokeAsync", "InvokeStreamingAsync"),
        Row("Semantic Kernel", null, "Microsoft.SemanticKernel.Agents.AgentChat", AiCallKind.Agent,
            "InvokeAsync", "InvokeStreamingAsync"),

        // Anthropic (official C# SDK); the beta services mirror the stable ones.
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.IMessageService", AiCallKind.Chat, "Create", "CreateStreaming"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.IMessageServiceWithRawResponse", AiCallKind.Chat, "Create", "CreateStreaming"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.MessageServiceExtensions", AiCallKind.Chat, "Create"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.Messages.IBatchService", AiCallKind.Batch, "Create"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.Beta.IMessageService", AiCallKind.Chat, "Create", "CreateStreaming"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.Beta.IMessageServiceWithRawResponse", AiCallKind.Chat, "Create", "CreateStreaming"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.Beta.BetaMessageServiceExtensions", AiCallKind.Chat, "Create"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.Beta.Messages.IBatchService", AiCallKind.Batch, "Create"),

        // Google Gemini and Vertex AI.
        Row("Google Gen AI", ModelProviders.Google, "Google.GenAI.Models", AiCallKind.Chat,
            "GenerateContentAsync", "GenerateContentStreamAsync"),
        Row("Google Gen AI", ModelProviders.Google, "Google.GenAI.Models", AiCallKind.Embeddings, "EmbedContentAsync"),
        Row("Google Gen AI", ModelProviders.Google, "Google.GenAI.Models", AiCallKind.ImageGeneration,
            "GenerateImagesAsync", "EditImageAsync", "UpscaleImageAsync"),
        Row("Google Gen AI", ModelProviders.Google, "Google.GenAI.Models", AiCallKind.VideoGeneration, "GenerateVideosAsync"),
        Row("Google Gen AI", ModelProviders.Google, "Google.GenAI.Live", AiCallKind.Realtime, "ConnectAsync"),
        Row("Vertex AI", ModelProviders.Google, "Google.Cloud.AIPlatform.V1.PredictionServiceClient", AiCallKind.Chat,
            "GenerateContent", "GenerateContentAsync", "StreamGenerateContent"),
        Row("Vertex AI", ModelProviders.Google, "Google.Cloud.AIPlatform.V1.PredictionServiceClient", AiCallKind.Embeddings,
            "EmbedContent", "EmbedContentAsync"),
        Row("Vertex AI", ModelProviders.Google, "Google.Cloud.AIPlatform.V1.PredictionServiceClient", AiCallKind.Prediction,
            VertexPredictionMembers),
        Row("Vertex AI", ModelProviders.Google, "Google.Cloud.AIPlatform.V1.PredictionService+PredictionServiceClient", AiCallKind.Chat,
            "GenerateContent", "GenerateContentAsync", "StreamGenerateContent"),
        Row("Vertex AI", ModelProviders.Google, "Google.Cloud.AIPlatform.V1.PredictionService+PredictionServiceClient", AiCallKind.Prediction,
            VertexPredictionMembers),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.GenerativeModel", AiCallKind.Chat,
            "GenerateContent", "GenerateContentStream", "BatchGenerateContent", "GenerateAnswer", "GenerateText",
            "GenerateMessage"),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.GenerativeModel", AiCallKind.Embeddings,
            "EmbedContent", "BatchEmbedContent", "EmbedText", "BatchEmbedText"),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.GenerativeModel", AiCallKind.ImageGeneration,
            "GenerateImages", "EditImage", "UpscaleImage"),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.GenerativeModel", AiCallKind.VideoGeneration, "GenerateVideos"),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.GenerativeModel", AiCallKind.Prediction,
            "Predict", "PredictLongRunning"),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.ChatSession", AiCallKind.Chat, "SendMessage", "SendMessageStream"),
        Row("Mscc.GenerativeAI", ModelProviders.Google, "Mscc.GenerativeAI.Types.ChatSession", AiCallKind.Chat, "SendMessage", "SendMessageStream"),

        // AWS Bedrock runtime.
        Row("AWS Bedrock", ModelProviders.Bedrock, "Amazon.BedrockRuntime.IAmazonBedrockRuntime", AiCallKind.Chat,
            "Converse", "ConverseAsync", "ConverseStream", "ConverseStreamAsync", "InvokeModel", "InvokeModelAsync",
            "InvokeModelWithResponseStream", "InvokeModelWithResponseStreamAsync",
            "InvokeModelWithBidirectionalStreamAsync", "StartAsyncInvoke", "StartAsyncInvokeAsync"),
        Row("AWS Bedrock", ModelProviders.Bedrock, "Amazon.BedrockRuntime.IAmazonBedrockRuntime", AiCallKind.Moderation,
            "ApplyGuardrail", "ApplyGuardrailAsync"),

        // Mistral.
        Row("Mistral", ModelProviders.Mistral, "Mistral.SDK.Completions.CompletionsEndpoint", AiCallKind.Chat,
            "GetCompletionAsync", "StreamCompletionAsync"),
        Row("Mistral", ModelProviders.Mistral, "Mistral.SDK.Embeddings.EmbeddingsEndpoint", AiCallKind.Embeddings,
            "GetEmbeddingsAsync"),

        // Ollama.
        Row("Ollama", ModelProviders.Ollama, "OllamaSharp.IOllamaApiClient", AiCallKind.Chat, "ChatAsync", "GenerateAsync"),
        Row("Ollama", ModelProviders.Ollama, "OllamaSharp.IOllamaApiClient", AiCallKind.Embeddings, "EmbedAsync"),
        Row("Ollama", ModelProviders.Ollama, "OllamaSharp.OllamaApiClientExtensions", AiCallKind.Chat, "GenerateAsync"),
        Row("Ollama", ModelProviders.Ollama, "OllamaSharp.OllamaApiClientExtensions", AiCallKind.Embeddings, "EmbedAsync"),
        Row("Ollama", ModelProviders.Ollama, "OllamaSharp.Chat", AiCallKind.Chat, "SendAsync", "SendAsAsync"),

        // Hugging Face.
        Row("Hugging Face", ModelProviders.HuggingFace, "HuggingFace.IHuggingFaceInferenceClient", AiCallKind.Chat,
            "ChatCompletionsAsync", "ChatCompletionsAsStreamAsync", "ChatCompletionsAsResponseAsync", "CompletionsAsync",
            "CompletionsAsStreamAsync", "GenerateAsync", "GenerateStreamAsync", "CompatGenerateAsync",
            "CompatGenerateAsStreamAsync"),
        Row("Hugging Face", ModelProviders.HuggingFace, "HuggingFace.IHuggingFaceEmbeddingClient", AiCallKind.Embeddings,
            "EmbedAsync", "EmbedAllAsync", "EmbedSparseAsync", "OpenaiEmbedAsync", "RerankAsync", "SimilarityAsync",
            "PredictAsync"),
        Row("Hugging Face", ModelProviders.HuggingFace, "HuggingFace.HuggingFaceClient", AiCallKind.Completion, "GenerateTextAsync"),
        Row("Hugging Face", ModelProviders.HuggingFace, "HuggingFace.HuggingFaceApi", AiCallKind.Completion, "GenerateTextAsync"),

        // Local inference.
        Row("ML.NET", null, "Microsoft.ML.PredictionEngineBase`2", AiCallKind.Prediction, "Predict"),
        Row("ML.NET", null, "Microsoft.ML.ITransformer", AiCallKind.Prediction, "Transform"),
        Row("ML.NET", null, "Microsoft.ML.Transforms.TimeSeries.TimeSeriesPredictionEngine`2", AiCallKind.Prediction, "Predict"),
        Row("ML.NET", null, "Microsoft.Extensions.ML.PredictionEnginePoolExtensions", AiCallKind.Prediction, "Predict"),
        Row("ONNX Runtime", null, "Microsoft.ML.OnnxRuntime.InferenceSession", AiCallKind.Prediction,
            "Run", "RunAsync", "RunWithBinding", "RunWithBindingAndNames"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+Module`2", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+Module`3", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+Module`4", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+Module`5", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+Module`6", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+Module`7", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+IModule`2", AiCallKind.Prediction, "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+IModule`3", AiCallKind.Prediction, "call"),
        Row("TorchSharp", null, "TorchSharp.torch+nn+IModule`4", AiCallKind.Prediction, "call"),
        Row("TorchSharp", null, "TorchSharp.torch+jit+ScriptModule", AiCallKind.Prediction, "forward", "invoke"),
        Row("TorchSharp", null, "TorchSharp.torch+jit+ScriptModule`1", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+jit+ScriptModule`2", AiCallKind.Prediction, "forward", "call"),
        Row("TorchSharp", null, "TorchSharp.torch+jit+ScriptModule`3", AiCallKind.Prediction, "forward", "call"),
        Row("LLamaSharp", null, "LLama.Abstractions.ILLamaExecutor", AiCallKind.Chat, "InferAsync"),
        Row("LLamaSharp", null, "LLama.ChatSession", AiCallKind.Chat, "ChatAsync", "RegenerateAssistantMessageAsync"),
        Row("LLamaSharp", null, "LLama.LLamaEmbedder", AiCallKind.Embeddings, "GetEmbeddings"),
        Row("LLamaSharp", null, "LLama.Batched.BatchedExecutor", AiCallKind.Chat, "Infer"),

        // Raw HTTP: a match only when the URL is a constant on a host of ModelHostCatalog.
        Row(HttpSdk, null, "System.Net.Http.HttpClient", AiCallKind.HttpEndpoint,
            "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync",
            "SendAsync", "Send"),
        Row(HttpSdk, null, "System.Net.Http.Json.HttpClientJsonExtensions", AiCallKind.HttpEndpoint,
            "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync"));

    /// <summary>Every name a catalogued call can be written with: member names, and type names for constructors.</summary>
    public static ImmutableHashSet<string> CallNames { get; } = Entries
        .SelectMany(entry => entry.Members.Select(member => member == AiSdkEntry.Constructor ? entry.TypeSimpleName : member))
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The namespaces of the SDK rows (raw HTTP aside): when no assembly declares a type in one, no SDK row can match.</summary>
    public static ReferencedNamespaces SdkNamespaces { get; } = new(Entries
        .Where(entry => entry.Kind != AiCallKind.HttpEndpoint)
        .Select(entry => entry.TypeMetadataName.Substring(0, entry.TypeMetadataName.LastIndexOf('.'))));

    /// <summary>Whether any row is a constructor: only then can a target-typed <c>new(...)</c> be an AI call.</summary>
    public static bool HasConstructors { get; } = Entries.Any(entry => entry.Members.Contains(AiSdkEntry.Constructor));

    private static AiSdkEntry Row(string sdk, ModelProvider? provider, string type, AiCallKind kind, params string[] members) =>
        new(sdk, provider, type, ImmutableArray.Create(members), kind);
}
