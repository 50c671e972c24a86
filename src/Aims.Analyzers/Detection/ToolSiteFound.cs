using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aims.Analyzers.Detection;

/// <summary>
/// A place that hands a model tools, as <see cref="ToolExposureDetector.RegisterSites"/> reports it to the rules that read
/// tools: the operation that makes them, or null for a method a tool attribute offers (then <see cref="HandingMember"/>
/// is that method).
/// </summary>
internal readonly record struct ToolSiteFound(
    ToolSite Site,
    Location Location,
    ISymbol HandingMember,
    IOperation? Operation,
    Compilation Compilation,
    Action<Diagnostic> Report,
    CancellationToken CancellationToken);
