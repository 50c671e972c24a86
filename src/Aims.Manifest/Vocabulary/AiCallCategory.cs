namespace Aims.Manifest.Vocabulary;

/// <summary>Whether an AI call runs a model (AIMS001) or uses an AI provider's services without running one (AIMS020).</summary>
internal enum AiCallCategory
{
    Model,
    Service,
}
