using System;
using System.CommandLine;
using System.Globalization;
using Aims.Cli.Bom;
using Aims.Cli.Report;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims bom &lt;inputs&gt;... [-o file] [--format cyclonedx|spdx3] [--timestamp t]</c>: an AI bill of materials. The
/// output is reproducible: the serial number and references come from the content, and a timestamp is written only
/// when given.
/// </summary>
internal static class BomCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = CommonArguments.Inputs();
        var output = CommonArguments.Output("Where to write the BOM (default: standard output)");
        var format = CommonArguments.Format("cyclonedx", "cyclonedx", "spdx3");
        var timestamp = new Option<string?>("--timestamp")
        {
            Description = "The document's creation time, UTC, as yyyy-MM-ddTHH:mm:ssZ (e.g. the release commit's time); omitted from CycloneDX and the epoch in SPDX when not given, so that the same inputs give the same bytes",
            HelpName = "utc-time",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (DateTime.TryParseExact(text, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _))
                {
                    return text;
                }

                result.AddError($"--timestamp: '{text}' is not a UTC time of the form 2025-03-31T12:00:00Z");
                return null;
            },
        };
        var command = new Command("bom", "Write a CycloneDX 1.6 (or SPDX 3.0.1) AI bill of materials with the Annex A control evidence") { inputs, output, format, timestamp };
        command.SetAction(parse =>
        {
            var manifest = InventoryInputs.Load(parse.GetValue(inputs)!, console, "inventory");
            var kind = parse.GetValue(format)!;
            var time = parse.GetValue(timestamp);
            var bom = BomInventory.Create(manifest, kind, time);
            OutputTarget.Write(parse.GetValue(output), console, stream =>
            {
                if (kind == "spdx3")
                {
                    SpdxWriter.Write(bom, time, stream);
                }
                else
                {
                    CycloneDxWriter.Write(bom, new ReportView(manifest), time, stream);
                }
            });
            return InventoryInputs.ExitCodeFor(manifest);
        });
        return command;
    }
}
