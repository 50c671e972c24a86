using Aims.Manifest.Catalog;
namespace Aims.Analyzers.Detection;

/// <summary>Whether a type belongs to an AI SDK and, if it is a provider's own SDK, which provider.</summary>
internal readonly record struct SdkTypeInfo(bool IsAiSdk, ModelProvider? Provider);
