namespace Aims.Manifest.Vocabulary;

/// <summary>What an AI system hands a model as a tool: what the model may ask to be done.</summary>
internal enum AiToolKind
{
    /// <summary>Code the application runs when the model calls it: a method, delegate or function type.</summary>
    Function,

    /// <summary>A tool the provider runs on its side (web search, code interpreter, file search, a remote MCP server).</summary>
    Hosted,

    /// <summary>The tools an MCP server lists at run time, handed on as they come: which ones the code cannot tell.</summary>
    ServerTools,

    /// <summary>A tool the provider defines and the application carries out: computer use, applying patches.</summary>
    ProviderDefined,
}
