namespace Aims;

/// <summary>What people are told about an AI system under EU AI Act Art. 50.</summary>
public enum AiDisclosureKind
{
    /// <summary>People are told that they interact with an AI system (Art. 50(1)).</summary>
    ConversationalAgent = 0,

    /// <summary>Generated audio, image, video or text is marked as artificially generated in a machine-readable way (Art. 50(2)).</summary>
    SyntheticContent = 1,

    /// <summary>Content that is a deepfake is disclosed as artificially generated or manipulated (Art. 50(4)).</summary>
    Deepfake = 2,

    /// <summary>People exposed to an emotion recognition system are informed of it (Art. 50(3)).</summary>
    EmotionRecognition = 3,

    /// <summary>People exposed to a biometric categorisation system are informed of it (Art. 50(3)).</summary>
    BiometricCategorisation = 4,
}
