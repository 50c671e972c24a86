namespace Aims.Analyzers.Detection;

/// <summary>What a model call does; rules on disclosure and the manifest read it.</summary>
internal enum AiCallKind
{
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
    Batch,
    FineTuning,
    Evaluation,
    Prediction,
    HttpEndpoint,
    Custom,
}
