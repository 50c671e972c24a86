using Aims.Manifest.Model;
using Aims.Manifest.Vocabulary;

namespace Aims.Cli.Report;

/// <summary>How a report format writes the pieces of text that the HTML and Markdown reports share.</summary>
internal interface IReportFormat
{
    /// <summary>Literal text, escaped.</summary>
    string Text(string text);

    /// <summary>A declared governance value: "not declared" for null, a visible gap for a placeholder, else the value.</summary>
    string Value(string? value);

    /// <summary>An identifier, path or member name, in a monospace font.</summary>
    string Code(string text);

    /// <summary>A phrase that states a gap.</summary>
    string Gap(string text);

    /// <summary>A phrase that says there is nothing to show ("none", "not declared"), set apart from values.</summary>
    string None(string text);

    /// <summary>Where a fact is declared: "App: ReplyDrafter.cs:12", "from Contoso.Shared", or nothing when unknown.</summary>
    string Location(SourceLocation? location);
}
