using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Aims.Manifest.Screening;

/// <summary>
/// Finds words in a text without copying the whole of it into one string: the text is read in chunks that overlap by the
/// longest look-ahead, and every word is searched in each chunk while it is in the cache. Words that share their first
/// two letters are found by one search for that prefix (the governance attributes all but two start "Ai"). The compiler's
/// source texts and the build's files are read alike, through a <see cref="TextCopier"/>.
/// </summary>
internal sealed class TextScanner
{
    private const int ChunkLength = 32 * 1024;

    private readonly int _lookAhead;
    private readonly (string Prefix, string[] Words)[] _groups;

    public TextScanner(IEnumerable<string> words, int lookAhead)
    {
        _groups = words
            .GroupBy(word => word.Substring(0, Math.Min(2, word.Length)), StringComparer.Ordinal)
            .Select(group => group.Count() == 1 ? (group.Single(), new[] { group.Single() }) : (group.Key, group.ToArray()))
            .ToArray();
        _lookAhead = Math.Max(lookAhead, _groups.SelectMany(group => group.Words).Max(word => word.Length));
    }

    /// <summary>
    /// Calls <paramref name="onWord"/> with each occurrence of a word (the word, the chunk, the word's index in it and the
    /// chunk's length) until it returns true; a chunk holds at least the look-ahead after every index.
    /// </summary>
    public void Scan(int textLength, TextCopier copy, Func<string, char[], int, int, bool> onWord)
    {
        // One pooled buffer per scan: a new one per file would allocate the size of the whole codebase again.
        var capacity = Math.Min(textLength, ChunkLength + _lookAhead);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 1));
        try
        {
            for (var start = 0; start < textLength; start += ChunkLength)
            {
                var length = Math.Min(capacity, textLength - start);
                copy(start, buffer, 0, length);
                foreach (var (prefix, words) in _groups)
                {
                    if (ScanChunk(buffer, length, prefix, words, onWord))
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool ScanChunk(char[] buffer, int length, string prefix, string[] words, Func<string, char[], int, int, bool> onWord)
    {
        var chunk = new ReadOnlySpan<char>(buffer, 0, length);
        var searchEnd = Math.Min(length, ChunkLength + prefix.Length - 1);
        for (var offset = 0; offset < searchEnd;)
        {
            var hit = chunk.Slice(offset, searchEnd - offset).IndexOf(prefix.AsSpan(), StringComparison.Ordinal);
            if (hit < 0)
            {
                return false;
            }

            var index = offset + hit;
            foreach (var word in words)
            {
                if (chunk.Slice(index).StartsWith(word.AsSpan(), StringComparison.Ordinal) && onWord(word, buffer, index, length))
                {
                    return true;
                }
            }

            offset = index + 1;
        }

        return false;
    }
}
