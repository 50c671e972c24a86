using System.Collections.Immutable;

namespace Aims.Manifest.Vocabulary;

/// <summary>The enums of Aims.Annotations; a test compares them with the shipped assembly by reflection.</summary>
internal static class GovernanceEnums
{
    public static readonly GovernanceEnum AiRiskLevel = new(nameof(AiRiskLevel), "Unassessed", "Unassessed", "Minimal", "Limited", "High", "Prohibited");

    public static readonly GovernanceEnum AiLifecycleStage = new(
        nameof(AiLifecycleStage), "Unspecified", "Unspecified", "Inception", "DesignAndDevelopment", "VerificationAndValidation",
        "Deployment", "OperationAndMonitoring", "ReEvaluation", "Retirement");

    public static readonly GovernanceEnum OversightMode = new(nameof(OversightMode), null, "HumanInTheLoop", "HumanOnTheLoop", "HumanInCommand");

    public static readonly GovernanceEnum DataUsage = new(nameof(DataUsage), "Unspecified", "Unspecified", "Inference", "Grounding", "Training", "Evaluation");

    public static readonly GovernanceEnum AiModelHosting = new(nameof(AiModelHosting), "Unspecified", "Unspecified", "Api", "SelfHosted", "OnDevice");

    public static readonly GovernanceEnum AiDisclosureKind = new(
        nameof(AiDisclosureKind), null, "ConversationalAgent", "SyntheticContent", "Deepfake", "EmotionRecognition", "BiometricCategorisation");

    public static readonly GovernanceEnum AiRiskTreatment = new(nameof(AiRiskTreatment), null, "Avoid", "Mitigate", "Transfer", "Accept");

    public static ImmutableArray<GovernanceEnum> All { get; } =
        ImmutableArray.Create(AiRiskLevel, AiLifecycleStage, OversightMode, DataUsage, AiModelHosting, AiDisclosureKind, AiRiskTreatment);
}
