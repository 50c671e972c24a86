using System;

namespace Aims.Manifest.Json;

/// <summary>Text that is no JSON document, with where it goes wrong (line and column 1-based; 0 when no place applies).</summary>
internal sealed class JsonFormatException : Exception
{
    public JsonFormatException(string problem, int line, int column)
        : base(line > 0 ? $"{problem} at line {line}, column {column}" : problem)
    {
        Problem = problem;
        Line = line;
        Column = column;
    }

    public string Problem { get; }

    public int Line { get; }

    public int Column { get; }
}
