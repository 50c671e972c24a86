using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Aims.Cli.Output;
using Aims.Manifest.Model;

namespace Aims.Cli.Bom;

/// <summary>
/// Where a component's AI calls are, as CycloneDX evidence occurrences (file, line, calling member, what it calls),
/// which Dependency-Track reads. A call read from a binary without a PDB has no file, and no occurrence.
/// </summary>
internal static class CycloneDxOccurrences
{
    public static void Write(Utf8JsonWriter json, IEnumerable<CallSite> calls)
    {
        var located = calls.Where(call => call.Path is not null).ToList();
        if (located.Count == 0)
        {
            return;
        }

        json.WriteStartObject("evidence");
        json.WriteStartArray("occurrences");
        foreach (var call in located)
        {
            json.WriteStartObject();
            json.WriteText("location", (call.Assembly is { } assembly ? assembly + "/" : string.Empty) + call.Path);
            if (call.Line is { } line)
            {
                json.WriteNumber("line", line);
            }

            json.WriteText("symbol", call.CallingMember);
            json.WriteText("additionalContext", $"calls {call.CalledMember}" + (call.Kind is { } kind ? $" ({kind})" : string.Empty));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
