namespace Aims;

/// <summary>
/// What an AI system does with a data source (ISO/IEC 42001 A.7.2 to A.7.6; EU AI Act Art. 10).
/// </summary>
public enum DataUsage
{
    /// <summary>Not stated. The manifest writes null.</summary>
    Unspecified = 0,

    /// <summary>Data sent to the model at inference time as input or prompt.</summary>
    Inference = 1,

    /// <summary>Data retrieved to ground the model's answer (retrieval-augmented generation).</summary>
    Grounding = 2,

    /// <summary>Data used to train or fine-tune a model.</summary>
    Training = 3,

    /// <summary>Data used to validate or test a model.</summary>
    Evaluation = 4,
}
