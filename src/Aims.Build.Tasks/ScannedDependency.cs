using System.Collections.Generic;
using Aims.Manifest.Model;

namespace Aims.Build.Tasks;

/// <summary>What the IL of one dependency assembly shows, as the cache keeps it: its name, its AI calls, the systems it declares.</summary>
internal sealed record ScannedDependency(string AssemblyName, IReadOnlyList<DependencyCall> Calls, IReadOnlyList<string> DeclaredSystems);
