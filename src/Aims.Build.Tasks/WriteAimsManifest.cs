using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aims.Build.Tasks;

/// <summary>Writes the manifest embedded in the built assembly next to it, as &lt;AssemblyName&gt;.aims.json.</summary>
public sealed class WriteAimsManifest : Microsoft.Build.Utilities.Task
{
    /// <summary>The compiled assembly (the intermediate assembly in obj/).</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>The file to write.</summary>
    [Required]
    public string OutputPath { get; set; } = string.Empty;

    public override bool Execute()
    {
        string? json;
        try
        {
            json = EmbeddedManifest.Read(AssemblyPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            Log.LogError(null, "AIMSB001", null, AssemblyPath, 0, 0, 0, 0, "Cannot read the AI manifest from '{0}': {1}", AssemblyPath, exception.Message);
            return false;
        }

        if (json is null)
        {
            Log.LogMessage(MessageImportance.Low, "'{0}' carries no AI manifest; nothing to write.", AssemblyPath);
            return true;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputPath))!);
            File.WriteAllText(OutputPath, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "AIMSB002", null, OutputPath, 0, 0, 0, 0, "Cannot write the AI manifest to '{0}': {1}", OutputPath, exception.Message);
            return false;
        }

        Log.LogMessage(MessageImportance.Normal, "AI manifest written to '{0}'.", OutputPath);
        return true;
    }
}
