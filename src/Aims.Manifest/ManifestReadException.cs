using System;

namespace Aims.Manifest;

/// <summary>Why some bytes are no manifest this version reads: one clause ("is not valid JSON ...") that follows a file's name.</summary>
internal sealed class ManifestReadException(string problem) : Exception(problem);
