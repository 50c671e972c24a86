namespace Aims.Analyzers.Detection;

/// <summary>How a row of <see cref="AiToolCatalog"/> makes tools, which says where their names and code are found.</summary>
internal enum AiToolSource
{
    /// <summary>One function tool from the call: its name argument, or the method its delegate or MethodInfo argument names.</summary>
    Function,

    /// <summary>A function tool for each [KernelFunction] method of the type given as a type argument, typeof or object.</summary>
    Plugin,

    /// <summary>A tool the provider runs: the row says what it does.</summary>
    Hosted,

    /// <summary>A tool the provider defines and the application carries out: the row says what it does.</summary>
    ProviderDefined,

    /// <summary>Whatever tools an MCP server lists at run time.</summary>
    ServerTools,

    /// <summary>Every method carrying the row's attribute is a tool (the row's members are empty).</summary>
    ToolAttribute,
}
