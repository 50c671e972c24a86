using System;
using System.ComponentModel;

namespace Aims;

/// <summary>
/// Carries the assembly's AI inventory manifest where a project's own type named System hides the System namespace, so
/// that the generator cannot use AssemblyMetadataAttribute. Written by the Aims.Analyzers generator; not for use in code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class AimsManifestAttribute : Attribute
{
    /// <summary>Carries the manifest.</summary>
    /// <param name="json">The manifest JSON.</param>
    public AimsManifestAttribute(string json) => Json = json;

    /// <summary>The manifest JSON.</summary>
    public string Json { get; }
}
