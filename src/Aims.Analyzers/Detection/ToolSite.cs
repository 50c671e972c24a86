using System.Collections.Immutable;

namespace Aims.Analyzers.Detection;

/// <summary>A place in the code that hands a model tools: one call, creation or [McpServerTool] method, and its tools.</summary>
/// <param name="Sdk">The SDK family of the row that matched.</param>
/// <param name="HandedBy">The SDK member, type or attribute that makes the tools.</param>
/// <param name="Described">What the place hands over, as a message says it.</param>
internal sealed record ToolSite(string Sdk, string HandedBy, string Described, ImmutableArray<ToolExposure> Tools);
