namespace Aims.Manifest.Json;

/// <summary>
/// Where UTF-8 bytes first stop being UTF-8 (RFC 3629): a stray or missing continuation byte, an overlong form, an
/// encoded surrogate or a code point beyond U+10FFFF. The decoder only says that they do; a reader wants to say where.
/// </summary>
internal static class Utf8Validation
{
    /// <summary>The offset of the first byte of the first invalid sequence, or null when all is valid.</summary>
    public static int? FirstInvalidByte(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            int length;
            int minimum;
            if (lead < 0x80)
            {
                i++;
                continue;
            }
            else if (lead is >= 0xC2 and <= 0xDF)
            {
                (length, minimum) = (2, 0x80);
            }
            else if (lead is >= 0xE0 and <= 0xEF)
            {
                (length, minimum) = (3, 0x800);
            }
            else if (lead is >= 0xF0 and <= 0xF4)
            {
                (length, minimum) = (4, 0x10000);
            }
            else
            {
                return i;
            }

            if (i + length > bytes.Length)
            {
                return i;
            }

            var codePoint = lead & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                var next = bytes[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    return i;
                }

                codePoint = (codePoint << 6) | (next & 0x3F);
            }

            if (codePoint < minimum || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
            {
                return i;
            }

            i += length;
        }

        return null;
    }
}
