using System;
using System.Reflection;

namespace Aims;

/// <summary>
/// Reads, at run time, the manifest that Aims.Analyzers embeds in an assembly: its AI systems and their governance
/// facts as declared in code. The copy inside the assembly holds the declarations only; the AI calls, findings and
/// Annex A control statuses are in the build's <c>&lt;AssemblyName&gt;.aims.json</c> (docs/manifest.md).
/// </summary>
public static class AimsManifest
{
    /// <summary>The key of the <see cref="AssemblyMetadataAttribute"/> that holds the manifest.</summary>
    public const string MetadataKey = "Aims.Manifest";

    /// <summary>The manifest JSON embedded in <paramref name="assembly"/>, or null when it carries none.</summary>
    /// <param name="assembly">An assembly built with Aims.Analyzers, for example <c>typeof(Program).Assembly</c>.</param>
    /// <returns>The JSON text, or null.</returns>
    public static string? Read(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        foreach (var attribute in assembly.GetCustomAttributesData())
        {
            var type = attribute.AttributeType;
            var arguments = attribute.ConstructorArguments;
            if (type == typeof(AssemblyMetadataAttribute) && arguments.Count == 2 && arguments[0].Value as string == MetadataKey)
            {
                return arguments[1].Value as string;
            }

            if (type == typeof(AimsManifestAttribute) && arguments.Count == 1)
            {
                return arguments[0].Value as string;
            }
        }

        return null;
    }
}
