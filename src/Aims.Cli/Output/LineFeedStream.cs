using System;
using System.IO;

namespace Aims.Cli.Output;

/// <summary>
/// Drops carriage returns on their way to the inner stream, so JSON written with <c>Utf8JsonWriter</c> (which uses the
/// platform's new line) ends its lines with <c>\n</c> on every platform. JSON escapes a carriage return inside strings,
/// so the only raw 0x0D bytes are line ends.
/// </summary>
internal sealed class LineFeedStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var carriageReturn = buffer.IndexOf((byte)'\r');
            if (carriageReturn < 0)
            {
                inner.Write(buffer);
                return;
            }

            inner.Write(buffer[..carriageReturn]);
            buffer = buffer[(carriageReturn + 1)..];
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
