using System.Collections.Generic;
using System.Linq;
using Aims.Manifest;
using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;
using Aims.Cli.Inputs;

namespace Aims.Cli.Bom;

/// <summary>
/// What a model is asked to do, where the calls tell: the kind of the model calls that reach it ("Chat" is a chat
/// task, "Embeddings" an embedding task). Kinds that do not name a task (HTTP endpoints, custom members) tell nothing.
/// </summary>
internal static class ModelTasks
{
    private static readonly Dictionary<string, string> TaskByCallKind = new()
    {
        ["Chat"] = "chat",
        ["Responses"] = "text-generation",
        ["Completion"] = "text-generation",
        ["Embeddings"] = "embedding",
        ["ImageGeneration"] = "image-generation",
        ["VideoGeneration"] = "video-generation",
        ["SpeechToText"] = "speech-to-text",
        ["TextToSpeech"] = "text-to-speech",
        ["Moderation"] = "moderation",
        ["Realtime"] = "realtime-conversation",
        ["Agent"] = "agent",
    };

    /// <summary>The one task of the calls that can reach <paramref name="model"/>, or null when they name none or several.</summary>
    public static string? Of(AiSystem system, ModelEntry model)
    {
        var tasks = system.KnownCallSites()
            .Where(call => call.Category == AiCallKinds.ModelCategory && CanReach(call, model))
            .Select(call => call.Kind is { } kind ? TaskByCallKind.GetValueOrDefault(kind) : null)
            .Distinct()
            .ToList();
        return tasks.Count == 1 ? tasks[0] : null;
    }

    /// <summary>A call can reach a model of its own provider, and a provider-neutral call (IChatClient) can reach any.</summary>
    private static bool CanReach(CallSite call, ModelEntry model) =>
        (call.Provider is null || model.Provider is null || call.Provider == model.Provider) &&
        (model.Sdk is null || call.Sdk == model.Sdk);
}
