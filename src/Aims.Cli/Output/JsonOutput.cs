using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Aims.Cli.Output;

/// <summary>
/// The one way the tool writes JSON: UTF-8 without BOM, two-space indentation, <c>\n</c> line ends, a final new line,
/// and characters such as <c>&lt;</c> and non-ASCII letters written as themselves (a placeholder "&lt;owner&gt;" stays
/// readable).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream destination, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(new LineFeedStream(destination), Options))
        {
            write(writer);
        }

        destination.WriteByte((byte)'\n');
    }
}
