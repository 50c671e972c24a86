using System;
using Microsoft.CodeAnalysis.Text;

namespace Aims.Analyzers.Detection;

/// <summary>
/// Searches a source text for ordinal needles in fixed-size chunks, so that a large file is never copied into one string.
/// Each hit is handed to a callback that sees the chunk around it; chunks overlap by the longest needle and a look-ahead.
/// </summary>
internal sealed class SourceTextScanner
{
    private const int ChunkLength = 32 * 1024;

    private readonly int _overlap;

    public SourceTextScanner(int overlap) => _overlap = overlap;

    /// <summary>Calls <paramref name="onHit"/> for every occurrence of <paramref name="needle"/> until it returns true.</summary>
    public bool Any(SourceText text, string needle, StringComparison comparison, Func<char[], int, int, bool> onHit)
    {
        var buffer = new char[Math.Min(text.Length, ChunkLength + _overlap)];
        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            var length = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, length);
            var chunk = new ReadOnlySpan<char>(buffer, 0, length);
            var searchEnd = Math.Min(length, ChunkLength + needle.Length - 1);
            for (var offset = 0; offset < searchEnd;)
            {
                var hit = chunk.Slice(offset, searchEnd - offset).IndexOf(needle.AsSpan(), comparison);
                if (hit < 0)
                {
                    break;
                }

                if (onHit(buffer, offset + hit, length))
                {
                    return true;
                }

                offset += hit + 1;
            }
        }

        return false;
    }
}
