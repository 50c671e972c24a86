using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Aims.Manifest.Json;
using Aims.Manifest.Screening;

namespace Aims.Build.Tasks;

/// <summary>
/// The packages of a project that only AI SDKs bring, from NuGet's assets file (obj/project.assets.json): those no path
/// from the project's own package references reaches without passing through an AI SDK. They are part of the AI the
/// project chose (Microsoft.Extensions.VectorData under Semantic Kernel, say), not AI hidden in a library it chose.
/// </summary>
internal static class PackagesBroughtByAiSdks
{
    /// <summary>The ids, compared without case; empty when the assets file cannot be read (then nothing is exempt).</summary>
    public static ISet<string> Read(string assetsFile, string targetFramework)
    {
        var none = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (assetsFile.Length == 0 || !File.Exists(assetsFile))
            {
                return none;
            }

            var root = JsonParser.Parse(File.ReadAllBytes(assetsFile));
            if (Target(root.Get("targets"), targetFramework) is not { } target)
            {
                return none;
            }

            var graph = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            var projects = new List<string>();
            foreach (var library in target.Members)
            {
                var id = library.Key.Split('/')[0];
                graph[id] = library.Value.Get("dependencies")?.Members.Select(d => d.Key).ToArray() ?? [];
                if (library.Value.Get("type")?.Text == "project")
                {
                    projects.Add(id);
                }
            }

            // What the project's own package references, and its referenced projects', reach without going through an
            // AI SDK is the project's choice; what only the SDKs reach is theirs.
            var direct = root.Get("project")?.Get("frameworks")?.Members
                .FirstOrDefault(f => f.Key == targetFramework || targetFramework.Length == 0).Value?.Get("dependencies")?.Members.Select(d => d.Key) ?? [];
            var chosen = Reach(graph, direct.Concat(projects).Where(id => !SdkAssemblies.IsSdk(id)), stopAtSdks: true);
            var bySdks = Reach(graph, graph.Keys.Where(SdkAssemblies.IsSdk), stopAtSdks: false);
            return new HashSet<string>(bySdks.Where(id => !chosen.Contains(id) && !SdkAssemblies.IsSdk(id)), StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonFormatException)
        {
            return none;
        }
    }

    /// <summary>
    /// The graph of the target framework: NuGet names it by the target framework ("net10.0"; ".NETCoreApp,Version=v10.0" in
    /// older assets files), with runtime-specific graphs beside it ("net10.0/linux-x64"), which are taken only when there
    /// is no other.
    /// </summary>
    private static JsonNode? Target(JsonNode? targets, string targetFramework)
    {
        if (targets is null)
        {
            return null;
        }

        var members = targets.Members;
        return members.FirstOrDefault(t => t.Key == targetFramework).Value
            ?? (members.Count(t => !t.Key.Contains('/')) == 1 ? members.First(t => !t.Key.Contains('/')).Value : null)
            ?? members.FirstOrDefault(t => t.Key.StartsWith(targetFramework + "/", StringComparison.Ordinal)).Value;
    }

    private static HashSet<string> Reach(Dictionary<string, string[]> graph, IEnumerable<string> starts, bool stopAtSdks)
    {
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(starts);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!reached.Add(id) || !graph.TryGetValue(id, out var dependencies))
            {
                continue;
            }

            foreach (var dependency in dependencies.Where(d => !stopAtSdks || !SdkAssemblies.IsSdk(d)))
            {
                pending.Push(dependency);
            }
        }

        return reached;
    }
}
