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
            var target = root.Get("targets")?.Members.FirstOrDefault(t => t.Key == targetFramework || t.Key.StartsWith(targetFramework + "/", StringComparison.Ordinal) || targetFramework.Length == 0).Value;
            var direct = root.Get("project")?.Get("frameworks")?.Members.FirstOrDefault(f => f.Key == targetFramework || targetFramework.Length == 0).Value?.Get("dependencies");
            if (target is null || direct is null)
            {
                return none;
            }

            var graph = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var library in target.Members)
            {
                var id = library.Key.Split('/')[0];
                graph[id] = library.Value.Get("dependencies")?.Members.Select(d => d.Key).ToArray() ?? [];
            }

            // Everything the project's own non-SDK references reach without going through an SDK is the project's choice.
            var chosen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<string>(direct.Members.Select(d => d.Key).Where(id => !SdkAssemblies.IsSdk(id)));
            while (pending.Count > 0)
            {
                var id = pending.Pop();
                if (!chosen.Add(id) || !graph.TryGetValue(id, out var dependencies))
                {
                    continue;
                }

                foreach (var dependency in dependencies.Where(d => !SdkAssemblies.IsSdk(d)))
                {
                    pending.Push(dependency);
                }
            }

            return new HashSet<string>(graph.Keys.Where(id => !chosen.Contains(id) && !SdkAssemblies.IsSdk(id)), StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonFormatException)
        {
            return none;
        }
    }
}
