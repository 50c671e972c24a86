using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aims.Manifest.Vocabulary;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// The built-in table of AI SDK members that send data to, or run, a model, or use an AI provider's services without
/// running one. Detection, the manifest and docs/sdk-catalogue.md all read this table: adding an SDK is adding rows.
/// A member name has one kind per type: the detector keys a type's members by name.
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

    public static ImmutableArray<AiSdkEntry> Entries { get; } = ImmutableArray.Create<AiSdkEntry>(
    [
        // OpenAI .NET SDK (OpenAI 2.x); Azure OpenAI 2.x hands out these same clients. OpenAI 2.15 removed the synchronous
        // twins of streaming and realtime members: rows kept for 2.14 and earlier hold them.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Chat.ChatClient", AiCallKind.Chat,
            "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming", "CompleteChatStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Chat.ChatClient", AiCallKind.Conversations,
            "GetChatCompletion", "GetChatCompletionAsync", "GetChatCompletions", "GetChatCompletionsAsync",
            "GetChatCompletionMessages", "GetChatCompletionMessagesAsync", "UpdateChatCompletion", "UpdateChatCompletionAsync",
            "DeleteChatCompletion", "DeleteChatCompletionAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.ResponsesClient", AiCallKind.Responses,
            "CreateResponse", "CreateResponseAsync", "CreateResponseStreamingAsync", "CompactResponse", "CompactResponseAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.ResponsesClient", AiCallKind.Responses,
            "CreateResponseStreaming") with { KeptFor = "OpenAI 2.8–2.14" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.ResponsesClient", AiCallKind.Conversations,
            "GetResponse", "GetResponseAsync", "GetResponseStreamingAsync", "GetResponseInputItems", "GetResponseInputItemsAsync",
            "GetResponseInputItemCollectionPage", "GetResponseInputItemCollectionPageAsync", "CancelResponse",
            "CancelResponseAsync", "DeleteResponse", "DeleteResponseAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.ResponsesClient", AiCallKind.Conversations,
            "GetResponseStreaming") with { KeptFor = "OpenAI 2.8–2.14" },
        // Counting tokens sends the whole prompt to the provider but generates nothing: a service call of its own kind.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.ResponsesClient", AiCallKind.TokenCounting,
            "GetInputTokenCount", "GetInputTokenCountAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.OpenAIResponseClient", AiCallKind.Responses,
            "CreateResponse", "CreateResponseAsync", "CreateResponseStreaming", "CreateResponseStreamingAsync")
            with { KeptFor = "OpenAI 2.2–2.7 (renamed ResponsesClient in 2.8)" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Responses.OpenAIResponseClient", AiCallKind.Conversations,
            "GetResponse", "GetResponseAsync", "GetResponseStreaming", "GetResponseStreamingAsync", "GetResponseInputItems",
            "GetResponseInputItemsAsync", "GetInputItems", "GetInputItemsAsync", "CancelResponse", "CancelResponseAsync",
            "DeleteResponse", "DeleteResponseAsync") with { KeptFor = "OpenAI 2.2–2.7 (renamed ResponsesClient in 2.8)" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Decisions.DecisionsClient", AiCallKind.Chat,
            "CreateDecision", "CreateDecisionAsync"),
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
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Audio.AudioClient", AiCallKind.SpeechToText,
            "TranscribeAudioStreaming") with { KeptFor = "OpenAI 2.2–2.14" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Audio.AudioClient", AiCallKind.TextToSpeech,
            "GenerateSpeech", "GenerateSpeechAsync", "GenerateSpeechStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Audio.AudioClient", AiCallKind.TextToSpeech,
            "GenerateSpeechStreaming") with { KeptFor = "OpenAI 2.10–2.14" },
        // A custom voice is made from a recording of a person, and consents are recordings too: uploads kept at the provider.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Audio.AudioClient", AiCallKind.Files,
            "CreateVoice", "CreateVoiceAsync", "CreateVoiceConsent", "CreateVoiceConsentAsync", "GetVoiceConsent",
            "GetVoiceConsentAsync", "GetVoiceConsents", "GetVoiceConsentsAsync", "UpdateVoiceConsent", "UpdateVoiceConsentAsync",
            "DeleteVoiceConsent", "DeleteVoiceConsentAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Moderations.ModerationClient", AiCallKind.Moderation,
            "ClassifyText", "ClassifyTextAsync", "ClassifyInputs", "ClassifyInputsAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Assistants.AssistantClient", AiCallKind.Agent,
            "CreateRun", "CreateRunAsync", "CreateRunStreamingAsync", "CreateThreadAndRun", "CreateThreadAndRunAsync",
            "CreateThreadAndRunStreamingAsync", "SubmitToolOutputsToRun", "SubmitToolOutputsToRunAsync",
            "SubmitToolOutputsToRunStreamingAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Assistants.AssistantClient", AiCallKind.Agent,
            "CreateRunStreaming", "CreateThreadAndRunStreaming", "SubmitToolOutputsToRunStreaming") with { KeptFor = "OpenAI 2.0–2.14" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Assistants.AssistantClient", AiCallKind.Assistants,
            "CreateAssistant", "CreateAssistantAsync", "GetAssistant", "GetAssistantAsync", "GetAssistants", "GetAssistantsAsync",
            "ModifyAssistant", "ModifyAssistantAsync", "DeleteAssistant", "DeleteAssistantAsync", "CreateThread",
            "CreateThreadAsync", "GetThread", "GetThreadAsync", "ModifyThread", "ModifyThreadAsync", "DeleteThread",
            "DeleteThreadAsync", "CreateMessage", "CreateMessageAsync", "GetMessage", "GetMessageAsync", "GetMessages",
            "GetMessagesAsync", "ModifyMessage", "ModifyMessageAsync", "DeleteMessage", "DeleteMessageAsync", "GetRun",
            "GetRunAsync", "GetRuns", "GetRunsAsync", "ModifyRun", "ModifyRunAsync", "CancelRun", "CancelRunAsync", "GetRunStep",
            "GetRunStepAsync", "GetRunSteps", "GetRunStepsAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Conversations.ConversationClient", AiCallKind.Conversations,
            "CreateConversation", "CreateConversationAsync", "GetConversation", "GetConversationAsync", "UpdateConversation",
            "UpdateConversationAsync", "DeleteConversation", "DeleteConversationAsync", "CreateConversationItems",
            "CreateConversationItemsAsync", "GetConversationItem", "GetConversationItemAsync", "GetConversationItems",
            "GetConversationItemsAsync", "DeleteConversationItem", "DeleteConversationItemAsync"),
        // A client secret carries the session's model and instructions to a browser that then talks to the model
        // directly: in .NET code it is the only sign of that model use.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeClient", AiCallKind.Realtime,
            "StartConversationSessionAsync", "StartTranscriptionSessionAsync", "StartSessionAsync", "CreateRealtimeClientSecretAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeClient", AiCallKind.Realtime,
            "StartConversationSession", "StartTranscriptionSession", "StartSession", "CreateRealtimeClientSecret")
            with { KeptFor = "OpenAI 2.2–2.14" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeClient", AiCallKind.Realtime,
            "CreateEphemeralToken", "CreateEphemeralTokenAsync", "CreateEphemeralTranscriptionToken",
            "CreateEphemeralTranscriptionTokenAsync") with { KeptFor = "OpenAI 2.2–2.8" },
        // Sends into an open session carry audio, items or instructions and make the model respond: model calls wherever
        // the session was opened. Pure control messages (cancel, clear, delete, truncate, retrieve an item) are left out.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeSessionClient", AiCallKind.Realtime,
            "SendInputAudioAsync", "CommitPendingAudioAsync", "AddItemAsync", "StartResponseAsync",
            "ConfigureConversationSessionAsync", "ConfigureTranscriptionSessionAsync", "SendCommandAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeSessionClient", AiCallKind.Realtime,
            "SendInputAudio", "CommitPendingAudio", "AddItem", "StartResponse", "ConfigureConversationSession",
            "ConfigureTranscriptionSession", "SendCommand") with { KeptFor = "OpenAI 2.9–2.14" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Realtime.RealtimeSession", AiCallKind.Realtime,
            "SendInputAudio", "SendInputAudioAsync", "CommitPendingAudio", "CommitPendingAudioAsync", "AddItem", "AddItemAsync",
            "StartResponse", "StartResponseAsync", "ConfigureSession", "ConfigureConversationSessionAsync",
            "ConfigureTranscriptionSession", "ConfigureTranscriptionSessionAsync", "SendCommand", "SendCommandAsync")
            with { KeptFor = "OpenAI 2.2–2.8" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.RealtimeConversation.RealtimeConversationClient", AiCallKind.Realtime,
            "StartConversationSession", "StartConversationSessionAsync") with { KeptFor = "OpenAI 2.1" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.RealtimeConversation.RealtimeConversationSession", AiCallKind.Realtime,
            "SendInputAudio", "SendInputAudioAsync", "CommitPendingAudio", "CommitPendingAudioAsync", "AddItem", "AddItemAsync",
            "StartResponse", "StartResponseAsync", "ConfigureSession", "ConfigureSessionAsync", "SendCommand", "SendCommandAsync")
            with { KeptFor = "OpenAI 2.1" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Graders.GraderClient", AiCallKind.Evaluation, "RunGrader", "RunGraderAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Graders.GraderClient", AiCallKind.Evals, "ValidateGrader", "ValidateGraderAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Evals.EvaluationClient", AiCallKind.Evaluation,
            "CreateEvaluationRun", "CreateEvaluationRunAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Evals.EvaluationClient", AiCallKind.Evals,
            "CreateEvaluation", "CreateEvaluationAsync", "GetEvaluation", "GetEvaluationAsync", "GetEvaluations",
            "GetEvaluationsAsync", "UpdateEvaluation", "UpdateEvaluationAsync", "DeleteEvaluation", "DeleteEvaluationAsync",
            "GetEvaluationRun", "GetEvaluationRunAsync", "GetEvaluationRuns", "GetEvaluationRunsAsync", "CancelEvaluationRun",
            "CancelEvaluationRunAsync", "DeleteEvaluationRun", "DeleteEvaluationRunAsync", "GetEvaluationRunOutputItem",
            "GetEvaluationRunOutputItemAsync", "GetEvaluationRunOutputItems", "GetEvaluationRunOutputItemsAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Videos.VideoClient", AiCallKind.VideoGeneration,
            "CreateVideo", "CreateVideoAsync", "CreateVideoRemix", "CreateVideoRemixAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Videos.VideoClient", AiCallKind.Files,
            "GetVideo", "GetVideoAsync", "GetVideos", "GetVideosAsync", "DownloadVideo", "DownloadVideoAsync", "DeleteVideo",
            "DeleteVideoAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Files.OpenAIFileClient", AiCallKind.Files,
            "UploadFile", "UploadFileAsync", "GetFile", "GetFileAsync", "GetFiles", "GetFilesAsync", "DownloadFile",
            "DownloadFileAsync", "DeleteFile", "DeleteFileAsync", "CreateUpload", "CreateUploadAsync", "AddUploadPart",
            "AddUploadPartAsync", "CompleteUpload", "CompleteUploadAsync", "CancelUpload", "CancelUploadAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Containers.ContainerClient", AiCallKind.Files,
            "CreateContainer", "CreateContainerAsync", "GetContainer", "GetContainerAsync", "GetContainers", "GetContainersAsync",
            "GetContainerCollectionPage", "GetContainerCollectionPageAsync", "DeleteContainer", "DeleteContainerAsync",
            "UploadContainerFile", "UploadContainerFileAsync", "GetContainerFile", "GetContainerFileAsync", "GetContainerFiles",
            "GetContainerFilesAsync", "GetContainerFileCollectionPage", "GetContainerFileCollectionPageAsync",
            "DownloadContainerFile", "DownloadContainerFileAsync", "DeleteContainerFile", "DeleteContainerFileAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Containers.ContainerClient", AiCallKind.Files,
            "CreateContainerFile", "CreateContainerFileAsync", "GetContainerFileContent", "GetContainerFileContentAsync")
            with { KeptFor = "OpenAI 2.3–2.10" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Skills.SkillClient", AiCallKind.Files,
            "UploadSkill", "UploadSkillAsync", "GetSkill", "GetSkillAsync", "GetSkills", "GetSkillsAsync", "UpdateSkill",
            "UpdateSkillAsync", "DownloadSkill", "DownloadSkillAsync", "DeleteSkill", "DeleteSkillAsync", "UploadSkillVersion",
            "UploadSkillVersionAsync", "GetSkillVersion", "GetSkillVersionAsync", "GetSkillVersions", "GetSkillVersionsAsync",
            "DownloadSkillVersion", "DownloadSkillVersionAsync", "DeleteSkillVersion", "DeleteSkillVersionAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.VectorStores.VectorStoreClient", AiCallKind.VectorStores,
            "CreateVectorStore", "CreateVectorStoreAsync", "GetVectorStore", "GetVectorStoreAsync", "GetVectorStores",
            "GetVectorStoresAsync", "ModifyVectorStore", "ModifyVectorStoreAsync", "DeleteVectorStore", "DeleteVectorStoreAsync",
            "SearchVectorStore", "SearchVectorStoreAsync", "AddFileToVectorStore", "AddFileToVectorStoreAsync",
            "GetVectorStoreFile", "GetVectorStoreFileAsync", "GetVectorStoreFiles", "GetVectorStoreFilesAsync",
            "RetrieveVectorStoreFileContent", "RetrieveVectorStoreFileContentAsync", "UpdateVectorStoreFileAttributes",
            "UpdateVectorStoreFileAttributesAsync", "RemoveFileFromVectorStore", "RemoveFileFromVectorStoreAsync",
            "AddFileBatchToVectorStore", "AddFileBatchToVectorStoreAsync", "GetVectorStoreFileBatch",
            "GetVectorStoreFileBatchAsync", "GetVectorStoreFilesInBatch", "GetVectorStoreFilesInBatchAsync",
            "CancelVectorStoreFileBatch", "CancelVectorStoreFileBatchAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.VectorStores.VectorStoreClient", AiCallKind.VectorStores,
            "GetFileAssociation", "GetFileAssociationAsync", "GetFileAssociations", "GetFileAssociationsAsync",
            "RemoveFileFromStore", "RemoveFileFromStoreAsync", "CreateBatchFileJob", "CreateBatchFileJobAsync", "GetBatchFileJob",
            "GetBatchFileJobAsync", "CancelBatchFileJob", "CancelBatchFileJobAsync") with { KeptFor = "OpenAI 2.0–2.3" },
        // Operation objects returned by create calls poll or cancel their job at the provider. Their overrides of
        // System.ClientModel's OperationResult (UpdateStatus(RequestOptions), WaitForCompletion) are no rows: calls bind
        // to the base method, which no row names.
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.VectorStores.CreateVectorStoreOperation", AiCallKind.VectorStores,
            "GetVectorStore", "GetVectorStoreAsync", "Rehydrate", "RehydrateAsync") with { KeptFor = "OpenAI 2.0–2.3" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.VectorStores.AddFileToVectorStoreOperation", AiCallKind.VectorStores,
            "GetFileAssociation", "GetFileAssociationAsync", "Rehydrate", "RehydrateAsync") with { KeptFor = "OpenAI 2.0–2.3" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.VectorStores.CreateBatchFileJobOperation", AiCallKind.VectorStores,
            "GetFileBatch", "GetFileBatchAsync", "Cancel", "CancelAsync", "Rehydrate", "RehydrateAsync") with { KeptFor = "OpenAI 2.0–2.3" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Batch.BatchClient", AiCallKind.Batch,
            "CreateBatch", "CreateBatchAsync", "GetBatch", "GetBatchAsync", "GetBatches", "GetBatchesAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Batch.CreateBatchOperation", AiCallKind.Batch,
            "GetBatch", "GetBatchAsync", "Cancel", "CancelAsync", "Rehydrate", "RehydrateAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.FineTuning.FineTuningClient", AiCallKind.FineTuning,
            "FineTune", "FineTuneAsync", "GetJob", "GetJobAsync", "GetJobs", "GetJobsAsync", "PauseFineTuningJob",
            "PauseFineTuningJobAsync", "ResumeFineTuningJob", "ResumeFineTuningJobAsync", "CreateFineTuningCheckpointPermission",
            "CreateFineTuningCheckpointPermissionAsync", "GetFineTuningCheckpointPermissions",
            "GetFineTuningCheckpointPermissionsAsync", "DeleteFineTuningCheckpointPermission",
            "DeleteFineTuningCheckpointPermissionAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.FineTuning.FineTuningClient", AiCallKind.FineTuning,
            "CreateFineTuningJob", "CreateFineTuningJobAsync") with { KeptFor = "OpenAI 2.0–2.1 (renamed FineTune in 2.2)" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.FineTuning.FineTuningJob", AiCallKind.FineTuning,
            "UpdateStatus", "UpdateStatusAsync", "GetCheckpoints", "GetCheckpointsAsync", "GetEvents", "GetEventsAsync", "Cancel",
            "CancelAsync", "CancelAndUpdate", "CancelAndUpdateAsync", "Rehydrate", "RehydrateAsync"),
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.FineTuning.FineTuningJobOperation", AiCallKind.FineTuning,
            "GetJob", "GetJobAsync", "GetJobCheckpoints", "GetJobCheckpointsAsync", "GetJobEvents", "GetJobEventsAsync", "Cancel",
            "CancelAsync", "Rehydrate", "RehydrateAsync") with { KeptFor = "OpenAI 2.0–2.1" },
        Row("OpenAI", ModelProviders.OpenAI, "OpenAI.Models.OpenAIModelClient", AiCallKind.Models,
            "GetModel", "GetModelAsync", "GetModels", "GetModelsAsync", "DeleteModel", "DeleteModelAsync"),

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
            "GetAudioTranscription", "GetAudioTranscriptionAsync", "GetAudioTranslation", "GetAudioTranslationAsync")
            with { KeptFor = "Azure.AI.OpenAI 1.0.0-beta.8–beta.17" },
        Row("Azure OpenAI", ModelProviders.AzureOpenAI, "Azure.AI.OpenAI.OpenAIClient", AiCallKind.TextToSpeech,
            "GenerateSpeechFromText", "GenerateSpeechFromTextAsync") with { KeptFor = "Azure.AI.OpenAI 1.0.0-beta.14–beta.17" },

        // Microsoft.Extensions.AI abstractions: any provider behind the interfaces.
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IChatClient", AiCallKind.Chat,
            "GetResponseAsync", "GetStreamingResponseAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IChatClient", AiCallKind.Chat,
            "CompleteAsync", "CompleteStreamingAsync") with { KeptFor = "Microsoft.Extensions.AI.Abstractions 9.0–9.2 previews" },
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ChatClientExtensions", AiCallKind.Chat,
            "GetResponseAsync", "GetStreamingResponseAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ChatClientExtensions", AiCallKind.Chat,
            "CompleteAsync", "CompleteStreamingAsync") with { KeptFor = "Microsoft.Extensions.AI.Abstractions 9.0–9.2 previews" },
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", AiCallKind.Chat,
            "GetResponseAsync") with { KeptFor = "Microsoft.Extensions.AI 9.3 and later (the full package, not .Abstractions)" },
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", AiCallKind.Chat,
            "CompleteAsync") with { KeptFor = "Microsoft.Extensions.AI 9.0–9.2 previews (the full package, not .Abstractions)" },
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IEmbeddingGenerator`2", AiCallKind.Embeddings,
            "GenerateAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", AiCallKind.Embeddings,
            "GenerateAsync", "GenerateAndZipAsync", "GenerateVectorAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", AiCallKind.Embeddings,
            "GenerateEmbeddingAsync", "GenerateEmbeddingVectorAsync") with { KeptFor = "Microsoft.Extensions.AI.Abstractions 9.0–9.5" },
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
        // Like OpenAI's realtime sends: each message goes to the model of an open session.
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IRealtimeClientSession", AiCallKind.Realtime, "SendAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.IHostedFileClient", AiCallKind.Files,
            "UploadAsync", "DownloadAsync", "GetFileInfoAsync", "ListFilesAsync", "DeleteAsync"),
        Row("Microsoft.Extensions.AI", null, "Microsoft.Extensions.AI.HostedFileClientExtensions", AiCallKind.Files,
            "UploadAsync", "DownloadAsync", "DownloadAsDataContentAsync", "DownloadToAsync"),
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

        // Anthropic (official C# SDK). Each service interface has a twin for raw HTTP responses (client.WithRawResponse).
        .. Anthropic("Anthropic.Services.IMessageService", AiCallKind.Chat, "Create", "CreateStreaming"),
        // Counting tokens sends the whole prompt to the provider but generates nothing: a service call of its own kind.
        .. Anthropic("Anthropic.Services.IMessageService", AiCallKind.TokenCounting, "CountTokens"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.MessageServiceExtensions", AiCallKind.Chat, "Create"),
        // A message batch carries its prompts and models inline and the provider runs them: a model call, unlike OpenAI's
        // batches, whose prompts went up earlier in a file.
        .. Anthropic("Anthropic.Services.Messages.IBatchService", AiCallKind.Chat, "Create"),
        .. Anthropic("Anthropic.Services.Messages.IBatchService", AiCallKind.Batch, "Retrieve", "List", "Cancel", "Delete", "ResultsStreaming"),
        .. Anthropic("Anthropic.Services.IModelService", AiCallKind.Models, "Retrieve", "List"),
        .. Anthropic("Anthropic.Services.IFileService", AiCallKind.Files, "Upload", "RetrieveMetadata", "List", "Download", "Delete"),
        // A skill is instructions and files uploaded for the model to use.
        .. Anthropic("Anthropic.Services.ISkillService", AiCallKind.Files, "Create", "Retrieve", "List", "Delete"),
        .. Anthropic("Anthropic.Services.Skills.IVersionService", AiCallKind.Files, "Create", "Retrieve", "List", "Delete"),

        // Anthropic beta services and helpers; the beta messages, batches, models, files and skills mirror the stable ones.
        .. Anthropic("Anthropic.Services.Beta.IMessageService", AiCallKind.Chat, "Create", "CreateStreaming"),
        .. Anthropic("Anthropic.Services.Beta.IMessageService", AiCallKind.TokenCounting, "CountTokens"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Services.Beta.BetaMessageServiceExtensions", AiCallKind.Chat, "Create"),
        .. Anthropic("Anthropic.Services.Beta.Messages.IBatchService", AiCallKind.Chat, "Create"),
        .. Anthropic("Anthropic.Services.Beta.Messages.IBatchService", AiCallKind.Batch, "Retrieve", "List", "Cancel", "Delete", "ResultsStreaming"),
        .. Anthropic("Anthropic.Services.Beta.IModelService", AiCallKind.Models, "Retrieve", "List"),
        .. Anthropic("Anthropic.Services.Beta.IFileService", AiCallKind.Files, "Upload", "RetrieveMetadata", "List", "Download", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.ISkillService", AiCallKind.Files, "Create", "Retrieve", "List", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.Skills.IVersionService", AiCallKind.Files, "Create", "Retrieve", "List", "Download", "Delete"),
        // A tool runner is lazy, but ToolRunner(...) is the only way to one and holds the request; running it is not matched
        // again, so one agent loop is one call.
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Helpers.Beta.BetaToolRunnerExtensions", AiCallKind.Agent, "ToolRunner"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Helpers.Beta.BetaMessageThread", AiCallKind.Chat, "Send", "SendStreaming"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Helpers.Beta.BetaMessageThread", AiCallKind.Agent, "ToolRunner"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Helpers.Beta.BetaMessageThread`1", AiCallKind.Chat, "Send", "SendStreaming"),
        Row("Anthropic", ModelProviders.Anthropic, "Anthropic.Helpers.Beta.BetaMessageThread`1", AiCallKind.Agent, "ToolRunner"),
        // Managed agents: sending user events runs a session's agent; creating a session (with initial events) or a
        // deployment starts one, and a dream runs a model over memories. The rest manages agents and their state.
        .. Anthropic("Anthropic.Services.Beta.Sessions.IEventService", AiCallKind.Agent, "Send"),
        .. Anthropic("Anthropic.Services.Beta.Sessions.IEventService", AiCallKind.Assistants, "List", "StreamStreaming"),
        .. Anthropic("Anthropic.Services.Beta.ISessionService", AiCallKind.Agent, "Create"),
        .. Anthropic("Anthropic.Services.Beta.ISessionService", AiCallKind.Assistants, "Retrieve", "List", "Update", "Archive", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.Sessions.IResourceService", AiCallKind.Assistants, "Add", "Retrieve", "List", "Update", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.Sessions.IThreadService", AiCallKind.Assistants, "Retrieve", "List", "Archive"),
        .. Anthropic("Anthropic.Services.Beta.Sessions.Threads.IEventService", AiCallKind.Assistants, "List", "StreamStreaming"),
        .. Anthropic("Anthropic.Services.Beta.IDeploymentService", AiCallKind.Agent, "Create", "Run"),
        .. Anthropic("Anthropic.Services.Beta.IDeploymentService", AiCallKind.Assistants,
            "Retrieve", "List", "Update", "Pause", "Unpause", "Archive"),
        .. Anthropic("Anthropic.Services.Beta.IDeploymentRunService", AiCallKind.Assistants, "Retrieve", "List"),
        .. Anthropic("Anthropic.Services.Beta.IDreamService", AiCallKind.Agent, "Create"),
        .. Anthropic("Anthropic.Services.Beta.IDreamService", AiCallKind.Assistants, "Retrieve", "List", "Cancel", "Archive"),
        .. Anthropic("Anthropic.Services.Beta.IAgentService", AiCallKind.Assistants, "Create", "Retrieve", "List", "Update", "Archive"),
        .. Anthropic("Anthropic.Services.Beta.Agents.IVersionService", AiCallKind.Assistants, "List"),
        .. Anthropic("Anthropic.Services.Beta.IEnvironmentService", AiCallKind.Assistants,
            "Create", "Retrieve", "List", "Update", "Archive", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.Environments.IWorkService", AiCallKind.Assistants,
            "Poll", "Ack", "Heartbeat", "Retrieve", "List", "Update", "Stats", "Stop"),
        .. Anthropic("Anthropic.Services.Beta.IMemoryStoreService", AiCallKind.Assistants,
            "Create", "Retrieve", "List", "Update", "Archive", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.MemoryStores.IMemoryService", AiCallKind.Assistants,
            "Create", "Retrieve", "List", "Update", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.MemoryStores.IMemoryVersionService", AiCallKind.Assistants, "Retrieve", "List", "Redact"),
        .. Anthropic("Anthropic.Services.Beta.IVaultService", AiCallKind.Assistants, "Create", "Retrieve", "List", "Update", "Archive", "Delete"),
        .. Anthropic("Anthropic.Services.Beta.Vaults.ICredentialService", AiCallKind.Assistants,
            "Create", "Retrieve", "List", "Update", "Archive", "Delete", "McpOAuthValidate"),
        .. Anthropic("Anthropic.Services.Beta.ITunnelService", AiCallKind.Assistants,
            "Create", "Retrieve", "List", "Archive", "RevealToken", "RotateToken"),
        .. Anthropic("Anthropic.Services.Beta.Tunnels.ICertificateService", AiCallKind.Assistants, "Create", "Retrieve", "List", "Archive"),
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
            "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync"),
    ]);

    /// <summary>
    /// Every name a call to a row can be written with (member names, and type names for constructors), for the rows whose
    /// type the compilation has: a project without Anthropic does not bind its calls named List or Add.
    /// </summary>
    public static IEnumerable<string> CallNamesIn(Compilation compilation) => Entries
        .Where(entry => !compilation.GetTypesByMetadataName(entry.TypeMetadataName).IsEmpty)
        .SelectMany(entry => entry.Members.Select(member => member == AiSdkEntry.Constructor ? entry.TypeSimpleName : member));

    /// <summary>The namespaces of the SDK rows (raw HTTP aside): when no assembly declares a type in one, no SDK row can match.</summary>
    public static ReferencedNamespaces SdkNamespaces { get; } = new(Entries
        .Where(entry => entry.Kind != AiCallKind.HttpEndpoint)
        .Select(entry => entry.TypeMetadataName.Substring(0, entry.TypeMetadataName.LastIndexOf('.'))));

    /// <summary>Whether any row is a constructor: only then can a target-typed <c>new(...)</c> be an AI call.</summary>
    public static bool HasConstructors { get; } = Entries.Any(entry => entry.Members.Contains(AiSdkEntry.Constructor));

    private static AiSdkEntry Row(string sdk, ModelProvider? provider, string type, AiCallKind kind, params string[] members) =>
        new(sdk, provider, type, ImmutableArray.Create(members), kind);

    /// <summary>A row of an Anthropic service interface and one of its twin for raw responses, which has the same members.</summary>
    private static AiSdkEntry[] Anthropic(string type, AiCallKind kind, params string[] members) =>
    [
        Row("Anthropic", ModelProviders.Anthropic, type, kind, members),
        Row("Anthropic", ModelProviders.Anthropic, type + "WithRawResponse", kind, members),
    ];
}
