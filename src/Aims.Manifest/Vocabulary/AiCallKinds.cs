namespace Aims.Manifest.Vocabulary;

/// <summary>Facts about kinds of AI call that rules and the manifest read.</summary>
internal static class AiCallKinds
{
    public static AiCallCategory CategoryOf(AiCallKind kind) =>
        kind >= AiCallKind.Files ? AiCallCategory.Service : AiCallCategory.Model;

    /// <summary>The category as a manifest writes it: "model" or "service".</summary>
    public static string CategoryName(AiCallKind kind) => CategoryOf(kind) == AiCallCategory.Service ? ServiceCategory : ModelCategory;

    public const string ModelCategory = "model";

    public const string ServiceCategory = "service";

    /// <summary>Calls whose output is generated content or a conversation: the ones EU AI Act Art. 50 is about.</summary>
    public static bool IsGenerative(AiCallKind kind) => kind is
        AiCallKind.Chat or AiCallKind.Responses or AiCallKind.Completion or AiCallKind.ImageGeneration or
        AiCallKind.VideoGeneration or AiCallKind.TextToSpeech or AiCallKind.Agent or AiCallKind.Realtime;

    /// <summary>Whether a kind as a manifest writes it ("Chat") is a generative one; an unknown kind is not.</summary>
    public static bool IsGenerative(string? kind) =>
        kind is not null && System.Enum.TryParse<AiCallKind>(kind, out var parsed) && kind == parsed.ToString() && IsGenerative(parsed);

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
