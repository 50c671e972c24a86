using System;

namespace Aims.Manifest.Json;

/// <summary>A JSON document whose shape is not the one expected, with the JSON path of the first problem.</summary>
internal sealed class JsonShapeException(string message) : Exception(message);
