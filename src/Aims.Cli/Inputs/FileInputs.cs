using System;
using System.IO;

namespace Aims.Cli.Inputs;

/// <summary>
/// Opens and reads input files, pipes included, turning the file system's exceptions into one-line
/// <see cref="InputException"/>s, and never reads more than a manifest can be.
/// </summary>
internal static class FileInputs
{
    /// <summary>The most bytes a JSON manifest can have: the longest array .NET allows, which the JSON reader needs.</summary>
    private static readonly long MaxManifestBytes = Array.MaxLength;

    public static FileStream OpenRead(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, "is a folder, not a file");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException(path, "file not found");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(path, "cannot be read (access denied)");
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot be read ({e.Message.TrimEnd('.')})");
        }
    }

    public static byte[] ReadAllBytes(string path)
    {
        using var stream = OpenRead(path);
        return ReadAll(stream, path);
    }

    /// <summary>Everything left in <paramref name="stream"/>, which may be a pipe such as standard input.</summary>
    public static byte[] ReadAll(Stream stream, string path)
    {
        try
        {
            if (stream.CanSeek && stream.Length > MaxManifestBytes)
            {
                throw TooLarge(path);
            }

            using var buffer = stream.CanSeek ? new MemoryStream((int)stream.Length) : new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + read > MaxManifestBytes)
                {
                    throw TooLarge(path);
                }

                buffer.Write(chunk, 0, read);
            }

            // A file read to the length it had holds exactly its bytes: no second copy.
            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot be read ({e.Message.TrimEnd('.')})");
        }
    }

    private static InputException TooLarge(string path) => new(path, "is larger than 2 GB, more than a manifest can be");
}
