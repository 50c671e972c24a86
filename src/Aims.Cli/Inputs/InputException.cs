using System;

namespace Aims.Cli.Inputs;

/// <summary>
/// An input the tool cannot use: a missing or unreadable file, a file that is not JSON or not a .NET assembly, a
/// manifest of another schema version. The command prints "aims: error: &lt;file&gt;: &lt;problem&gt;" and exits 2.
/// </summary>
internal sealed class InputException(string file, string problem) : Exception($"{file}: {problem}");
