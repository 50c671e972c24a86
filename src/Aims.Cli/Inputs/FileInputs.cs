using System;
using System.IO;

namespace Aims.Cli.Inputs;

/// <summary>Opens input files, turning the file system's exceptions into one-line <see cref="InputException"/>s.</summary>
internal static class FileInputs
{
    public static FileStream OpenRead(string path)
    {
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
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
