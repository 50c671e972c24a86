namespace Aims.Manifest.Vocabulary;

/// <summary>What an AI call does; <see cref="AiCallKinds.CategoryOf"/> tells model calls from service calls.</summary>
internal enum AiCallKind
{
    // Model calls: data goes to a model, or a model runs.
    Chat,
    Responses,
    Completion,
    Embeddings,
    ImageGeneration,
    VideoGeneration,
    SpeechToText,
    TextToSpeech,
    Moderation,
    Agent,
    Realtime,
    Evaluation,
    Prediction,
    HttpEndpoint,
    Custom,

    // Service calls: data goes to, or resources are managed at, an AI provider without running a model.
    Files,
    VectorStores,
    Assistants,
    Conversations,
    Batch,
    FineTuning,
    Evals,
    Models,
    TokenCounting,
}
