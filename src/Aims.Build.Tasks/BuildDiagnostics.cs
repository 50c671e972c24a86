namespace Aims.Build.Tasks;

/// <summary>The codes the package's MSBuild tasks log, each documented in docs/build-diagnostics.md.</summary>
internal static class BuildDiagnostics
{
    public const string CannotReadManifest = "AIMSB001";
    public const string CannotWriteManifest = "AIMSB002";
    public const string DeclarationsOnly = "AIMSB003";
    public const string UndeclaredAiSupplier = "AIMSB004";
    public const string InvalidPolicy = "AIMSB005";

    private const string PageLink = "https://github.com/aims-analyzers/Aims.Analyzers/blob/main/docs/build-diagnostics.md#";

    /// <summary>The code's section of the page, appended to its message as the analyzers append their rule pages.</summary>
    public static string HelpLink(string code) => PageLink + code.ToLowerInvariant();
}
