namespace Aims.Manifest.Screening;

/// <summary>
/// Copies <paramref name="count"/> characters of a text, from <paramref name="sourceIndex"/> on, into a buffer: the shape
/// of both <c>string.CopyTo</c> and Roslyn's <c>SourceText.CopyTo</c>, so that the scan reads either without a copy.
/// </summary>
internal delegate void TextCopier(int sourceIndex, char[] destination, int destinationIndex, int count);
