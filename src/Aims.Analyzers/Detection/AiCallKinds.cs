namespace Aims.Analyzers.Detection;

/// <summary>Facts about kinds of AI call that rules and the manifest read.</summary>
internal static class AiCallKinds
{
    public static AiCallCategory CategoryOf(AiCallKind kind) =>
        kind >= AiCallKind.Files ? AiCallCategory.Service : AiCallCategory.Model;

    /// <summary>Calls whose output is generated content or a conversation: the ones EU AI Act Art. 50 is about.</summary>
    public static bool IsGenerative(AiCallKind kind) => kind is
        AiCallKind.Chat or AiCallKind.Responses or AiCallKind.Completion or AiCallKind.ImageGeneration or
        AiCallKind.VideoGeneration or AiCallKind.TextToSpeech or AiCallKind.Agent or AiCallKind.Realtime;

    public static string Describe(AiCallKind kind) => kind switch
    {
        AiCallKind.Chat => "chat",
        AiCallKind.Responses => "responses",
        AiCallKind.Completion => "text completion",
        AiCallKind.ImageGeneration => "image generation",
        AiCallKind.VideoGeneration => "video generation",
        AiCallKind.TextToSpeech => "speech generation",
        AiCallKind.Agent => "agent",
        AiCallKind.Realtime => "realtime",
        _ => kind.ToString(),
    };
}
