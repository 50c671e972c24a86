using System.Collections.Generic;

namespace Aims.Cli.Bom;

/// <summary>A hosted model API: the provider, its default endpoint if known, and what the code calls on it.</summary>
internal sealed record BomService(string Provider, string Ref, string? Endpoint, IReadOnlyList<string> CallKinds, IReadOnlyList<string> Sdks);
