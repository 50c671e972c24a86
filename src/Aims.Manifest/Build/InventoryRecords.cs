namespace Aims.Manifest.Build;

/// <summary>
/// The inventory records: diagnostics the analyzers report in a command-line build only, so that the compiler's error
/// log carries every AI call, every model the code names and every tool it hands to a model, covered or not, to the MSBuild task that writes the
/// manifest. Their ids, the option that turns them on and the keys of their properties are written here once, for the
/// analyzers that report them and the task that reads them.
/// </summary>
internal static class InventoryRecords
{
    /// <summary>An AI call, model or service, with the system that covers it.</summary>
    public const string CallSiteId = "AIMS021";

    /// <summary>A model id the code passes to an AI SDK, with the system whose code names it.</summary>
    public const string ModelId = "AIMS022";

    /// <summary>A tool the code hands to a model, with the system that covers the code.</summary>
    public const string ToolId = "AIMS026";

    /// <summary>The end of the compilation's records, with how many calls were recorded: proof that the analyzers ran.</summary>
    public const string CompletionId = "AIMS023";

    /// <summary>
    /// The global analyzer config key, set to "true" by the globalconfig that the package adds to command-line builds
    /// only; the IDE never sees it, so the records never show while typing.
    /// </summary>
    public const string EnabledOption = "aims.inventory";

    public const string CallingMember = "callingMember";
    public const string CalledMember = "calledMember";
    public const string Sdk = "sdk";
    public const string Provider = "provider";
    public const string Kind = "kind";
    public const string Bound = "bound";

    /// <summary>The id of the covering system; absent when no system covers the call or names the model.</summary>
    public const string System = "system";

    public const string ToolName = "toolName";
    public const string ToolKind = "toolKind";
    public const string HandedBy = "handedBy";
    public const string Implementation = "implementation";
    public const string Effect = "effect";
    public const string EffectBasis = "effectBasis";
    public const string ApprovalRequired = "approvalRequired";

    public const string Model = "modelId";
    public const string Pinned = "pinned";
    public const string Assembly = "assembly";
    public const string CallSites = "callSites";

    public static bool IsRecord(string id) => id is CallSiteId or ModelId or ToolId or CompletionId;
}
