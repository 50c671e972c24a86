using Xunit;
using Verify = Aims.Analyzers.Tests.Harness.AnalyzerTest<Aims.Analyzers.Rules.ModelCallCoverageAnalyzer>;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>
/// The SDKs beyond OpenAI, Microsoft.Extensions.AI and Anthropic: Semantic Kernel, OllamaSharp, ML.NET, ONNX Runtime,
/// TorchSharp, LLamaSharp and the Azure OpenAI 1.0 beta on their real assemblies; AWS Bedrock, Google Gen AI, the
/// Semantic Kernel agent packages and Microsoft.Extensions.ML on stubs that mirror their signatures (Stubs/, each
/// marked STUB), because no version of them restores here.
/// </summary>
public sealed class OtherSdkTests
{
    private static Task VerifyAsync(string markup) =>
        new Verify { References = Harness.TestReferences.EverySdk }.WithSource(markup).RunAsync();

    [Fact]
    public Task Semantic_Kernel_invocations_chat_services_and_agents_are_reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.Agents;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Embeddings;
        public sealed class Planner(Kernel kernel, IChatCompletionService chat, ITextEmbeddingGenerationService embeddings)
        {
            public async Task RunAsync(KernelFunction function, ChatHistory history, ChatCompletionAgent agent, AgentGroupChat group)
            {
                _ = await {|AIMS001:kernel.InvokePromptAsync("What is {{$topic}}?")|};
                _ = await {|AIMS001:kernel.InvokeAsync(function)|};
                _ = await {|AIMS001:function.InvokeAsync(kernel)|};
                _ = await {|AIMS001:chat.GetChatMessageContentsAsync(history)|};
                _ = await {|AIMS001:chat.GetChatMessageContentAsync("hi")|};
                await foreach (var u in {|AIMS001:chat.GetStreamingChatMessageContentsAsync(history)|}) { _ = u; }
                _ = await {|AIMS001:embeddings.GenerateEmbeddingAsync("text")|};
                await foreach (var item in {|AIMS001:agent.InvokeAsync("Plan my week")|}) { _ = item; }
                await foreach (var message in {|AIMS001:group.InvokeAsync()|}) { _ = message; }
                _ = kernel.CreateFunctionFromPrompt("template");
                _ = kernel.GetRequiredService<IChatCompletionService>();
            }
        }
        """);

    [Fact]
    public Task A_kernel_function_the_code_shows_is_a_method_runs_no_model_and_one_it_cannot_place_is_reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.SemanticKernel;
        public sealed class Clock
        {
            [KernelFunction] public string Now() => "12:00";
        }
        public sealed class Assistant(Kernel kernel, KernelFunction given)
        {
            private readonly KernelFunction _field = given;

            public async Task RunAsync(KernelArguments arguments)
            {
                var now = KernelFunctionFactory.CreateFromMethod(() => "12:00", "Now");
                _ = await now.InvokeAsync(kernel);
                _ = await kernel.InvokeAsync(kernel.CreateFunctionFromMethod((string city) => city.ToUpperInvariant()), arguments);
                var clock = kernel.ImportPluginFromType<Clock>();
                _ = await clock["Now"].InvokeAsync(kernel);
                var plugin = KernelPluginFactory.CreateFromObject(new Clock());
                var fromPlugin = plugin["Now"];
                _ = await kernel.InvokeAsync(fromPlugin);

                var prompt = kernel.CreateFunctionFromPrompt("What time is it in {{$city}}?");
                _ = await {|AIMS001:prompt.InvokeAsync(kernel, arguments)|};
                _ = await {|AIMS001:given.InvokeAsync(kernel)|};
                _ = await {|AIMS001:kernel.InvokeAsync(_field)|};
                _ = await {|AIMS001:kernel.InvokeAsync("Clock", "Now")|};
                _ = await {|AIMS001:kernel.Plugins["Clock"]["Now"].InvokeAsync(kernel)|};
                var changing = KernelFunctionFactory.CreateFromMethod(() => "12:00");
                changing = prompt;
                _ = await {|AIMS001:changing.InvokeAsync(kernel)|};
            }
        }
        """);

    [Fact]
    public Task Semantic_Kernel_single_result_extensions_of_every_modality_are_reported() => VerifyAsync("""
        #pragma warning disable SKEXP0001
        using System.Threading.Tasks;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.AudioToText;
        using Microsoft.SemanticKernel.ImageToText;
        using Microsoft.SemanticKernel.TextGeneration;
        using Microsoft.SemanticKernel.TextToAudio;
        using Microsoft.SemanticKernel.TextToImage;
        public static class Modalities
        {
            public static async Task RunAsync(ITextGenerationService text, ITextToAudioService voice, IAudioToTextService ears,
                IImageToTextService eyes, ITextToImageService painter, AudioContent recording, ImageContent photo)
            {
                _ = await {|AIMS001:text.GetTextContentAsync("Write a haiku")|};
                _ = await {|AIMS001:voice.GetAudioContentAsync("Your order has shipped")|};
                _ = await {|AIMS001:ears.GetTextContentAsync(recording)|};
                _ = await {|AIMS001:eyes.GetTextContentAsync(photo)|};
                _ = await {|AIMS001:painter.GetImageContentsAsync(new TextContent("A lighthouse"))|};
                _ = await {|AIMS001:painter.GenerateImageAsync("A lighthouse", 1024, 1024)|};
            }
        }
        """);

    [Fact]
    public Task LLamaSharp_executors_sessions_prefill_and_decoding_are_reported_and_loading_is_not() => VerifyAsync("""
        using System.Threading.Tasks;
        using LLama;
        using LLama.Common;
        using LLama.Native;
        public static class Local
        {
            public static async Task RunAsync(string path, LLamaBatch batch)
            {
                var parameters = new ModelParams(path);
                using var weights = LLamaWeights.LoadFromFile(parameters);
                using var context = weights.CreateContext(parameters);
                var executor = new InteractiveExecutor(context);
                await {|AIMS001:executor.PrefillPromptAsync("You are a helpful assistant.")|};
                await foreach (var token in {|AIMS001:executor.InferAsync("hi")|}) { _ = token; }
                var session = new ChatSession(executor);
                await foreach (var token in {|AIMS001:session.ChatAsync(new ChatHistory.Message(AuthorRole.User, "hello"))|}) { _ = token; }
                _ = {|AIMS001:context.Decode(batch)|};
                _ = context.Tokenize("hello");
            }
        }
        """);

    [Fact]
    public Task MLNET_prediction_engines_pools_and_transformers_are_reported() => VerifyAsync("""
        using Microsoft.Extensions.ML;
        using Microsoft.ML;
        public sealed class Input { public string Text { get; set; } = ""; }
        public sealed class Output { public bool Spam { get; set; } }
        public sealed class Scorer(PredictionEnginePool<Input, Output> pool)
        {
            public bool Score(MLContext ml, ITransformer model, IDataView data, Input input)
            {
                var engine = ml.Model.CreatePredictionEngine<Input, Output>(model);
                _ = {|AIMS001:model.Transform(data)|};
                _ = {|AIMS001:pool.Predict(input)|};
                return {|AIMS001:engine.Predict(input)|}.Spam;
            }
        }
        """);

    [Fact]
    public Task An_MLNET_transformer_fitted_from_data_transforms_alone_runs_no_model_and_one_with_a_trainer_or_loaded_does() => VerifyAsync("""
        using Microsoft.ML;
        public static class Pipelines
        {
            public static void Run(MLContext ml, IDataView data, ITransformer given)
            {
                var preparation = ml.Transforms.Text.FeaturizeText("Features", "Text")
                    .Append(ml.Transforms.NormalizeMinMax("Features"));
                var prepared = preparation.Fit(data);
                _ = prepared.Transform(data);
                _ = ml.Transforms.Concatenate("Features", "A", "B").Fit(data).Transform(data);

                var training = preparation.Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression());
                var trained = training.Fit(data);
                _ = {|AIMS001:trained.Transform(data)|};
                var scoring = ml.Transforms.Text.LatentDirichletAllocation("Topics", "Tokens");
                _ = {|AIMS001:scoring.Fit(data).Transform(data)|};
                var loaded = ml.Model.Load("model.zip", out _);
                _ = {|AIMS001:loaded.Transform(data)|};
                _ = {|AIMS001:given.Transform(data)|};
            }
        }
        """);

    [Fact]
    public Task ONNX_Runtime_session_runs_are_reported_and_loading_is_not() => VerifyAsync("""
        using System.Collections.Generic;
        using Microsoft.ML.OnnxRuntime;
        public static class Onnx
        {
            public static void Run(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                using var session = new InferenceSession("model.onnx");
                _ = session.InputMetadata;
                using var results = {|AIMS001:session.Run(inputs)|};
            }
        }
        """);

    [Fact]
    public Task Bedrock_calls_through_interface_and_client_are_reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        public sealed class Bedrock(IAmazonBedrockRuntime runtime, AmazonBedrockRuntimeClient client)
        {
            public async Task RunAsync()
            {
                _ = await {|AIMS001:runtime.ConverseAsync(new ConverseRequest { ModelId = "anthropic.claude-3-5-sonnet-20240620-v1:0" })|};
                _ = await {|AIMS001:client.InvokeModelAsync(new InvokeModelRequest())|};
                _ = await client.ListAsyncInvokesAsync(new ListAsyncInvokesRequest());
            }
        }
        """);

    [Fact]
    public Task Ollama_native_calls_and_IChatClient_calls_are_model_calls_and_model_management_is_a_service_call() => VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using OllamaSharp;
        using OllamaSharp.Models;
        public static class Local
        {
            public static async Task RunAsync()
            {
                var ollama = new OllamaApiClient(new Uri("http://localhost:11434"), "llama3.1:8b");
                await foreach (var chunk in {|AIMS001:ollama.GenerateAsync(new GenerateRequest { Prompt = "hi" })|}) { _ = chunk; }
                IChatClient chat = ollama;
                _ = await {|AIMS001:chat.GetResponseAsync("hi")|};
                await foreach (var token in {|AIMS001:new Chat(ollama).SendAsync("hi")|}) { _ = token; }
                _ = await {|AIMS020:ollama.ListLocalModelsAsync()|};
                await foreach (var status in {|AIMS020:ollama.PullModelAsync("llama3.1:8b")|}) { _ = status; }
                _ = await ollama.IsRunningAsync();
            }
        }
        """);

    [Fact]
    public Task TorchSharp_LLamaSharp_Google_and_Azure_OpenAI_beta_calls_are_reported() => VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.AI.OpenAI;
        using Google.GenAI;
        using LLama;
        using TorchSharp;
        public static class Mixed
        {
            public static async Task RunAsync(torch.nn.Module<torch.Tensor, torch.Tensor> net, torch.Tensor x, InteractiveExecutor executor, Client gemini)
            {
                _ = {|AIMS001:net.call(x)|};
                _ = {|AIMS001:net.forward(x)|};
                await foreach (var token in {|AIMS001:executor.InferAsync("hi")|}) { _ = token; }
                _ = await {|AIMS001:gemini.Models.GenerateContentAsync("gemini-2.0-flash-001", "hi")|};
                var azure = new OpenAIClient(new Uri("https://contoso.openai.azure.com"), new AzureKeyCredential("from-vault"));
                _ = await {|AIMS001:azure.GetChatCompletionsAsync("gpt-4o", new ChatCompletionsOptions())|};
            }
        }
        """);

    [Fact]
    public Task Vertex_AI_generation_embeddings_and_predictions_are_reported_through_both_clients() => VerifyAsync("""
        using System.Threading.Tasks;
        using Google.Cloud.AIPlatform.V1;
        public static class Vertex
        {
            public static async Task RunAsync(PredictionService.PredictionServiceClient grpc)
            {
                var client = PredictionServiceClient.Create();
                var request = new GenerateContentRequest { Model = "projects/p/locations/europe-west4/publishers/google/models/gemini-2.0-flash-001" };
                _ = await {|AIMS001:client.GenerateContentAsync(request)|};
                _ = {|AIMS001:client.EmbedContent(new EmbedContentRequest())|};
                _ = await {|AIMS001:client.PredictAsync(new PredictRequest())|};
                _ = {|AIMS001:grpc.GenerateContent(request)|};
                _ = {|AIMS001:grpc.RawPredict(new PredictRequest())|};
            }
        }
        """);

    [Fact]
    public Task Mscc_GenerativeAI_models_and_chat_sessions_are_reported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Mscc.GenerativeAI;
        public static class Gemini
        {
            public static async Task RunAsync(Mscc.GenerativeAI.Types.ChatSession newer)
            {
                var model = new GoogleAI("from-vault").GenerativeModel("gemini-1.5-pro-002");
                _ = await {|AIMS001:model.GenerateContent("hi")|};
                _ = await {|AIMS001:model.EmbedContent("text")|};
                _ = await {|AIMS001:model.GenerateImages("a lighthouse")|};
                _ = await {|AIMS001:model.GenerateVideos("a lighthouse at dusk")|};
                _ = await {|AIMS001:model.Predict("x")|};
                _ = await {|AIMS001:model.StartChat().SendMessage("hello")|};
                _ = await {|AIMS001:newer.SendMessage("hello")|};
            }
        }
        """);

    [Fact]
    public Task Mistral_Hugging_Face_and_Google_Gen_AI_live_calls_are_reported() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using HuggingFace;
        using Mistral.SDK;
        using Mistral.SDK.DTOs;
        public static class Providers
        {
            public static async Task RunAsync(IHuggingFaceInferenceClient inference, IHuggingFaceEmbeddingClient embeddings, HuggingFaceClient legacy, Google.GenAI.Client gemini)
            {
                var mistral = new MistralClient("from-vault");
                _ = await {|AIMS001:mistral.Completions.GetCompletionAsync(new ChatCompletionRequest("mistral-large-2411", new List<string> { "hi" }))|};
                _ = await {|AIMS001:mistral.Embeddings.GetEmbeddingsAsync(new EmbeddingRequest("mistral-embed", new List<string> { "hi" }))|};
                _ = await {|AIMS001:inference.ChatCompletionsAsync(new object())|};
                _ = await {|AIMS001:embeddings.EmbedAsync("text")|};
                _ = await {|AIMS001:legacy.GenerateTextAsync("gpt2", new GenerateTextRequest { Inputs = "hi" })|};
                await using var session = await {|AIMS001:gemini.Live.ConnectAsync("gemini-2.0-flash-live-001")|};
                _ = await {|AIMS001:gemini.Models.EmbedContentAsync("text-embedding-004", "text")|};
            }
        }
        """);

    [Fact]
    public Task Time_series_forecasts_are_reported() => VerifyAsync("""
        using Microsoft.ML.Transforms.TimeSeries;
        public sealed class Sales { public float Units { get; set; } }
        public sealed class Forecast { public float[] Units { get; set; } = []; }
        public static class Planner
        {
            public static Forecast Next(TimeSeriesPredictionEngine<Sales, Forecast> engine, Sales today) => {|AIMS001:engine.Predict(today)|};
        }
        """);
}
