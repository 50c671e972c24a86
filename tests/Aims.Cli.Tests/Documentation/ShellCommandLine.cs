using System.Text;

namespace Aims.Cli.Tests.Documentation;

/// <summary>
/// The arguments of the <c>aims</c> command lines in documentation code blocks, as a shell would split them: lines
/// continued with "\" are joined, quotes group words, redirections end the command, and shell expansions (which the
/// pipeline fills in) become sample values.
/// </summary>
public static class ShellCommandLine
{
    /// <summary>How the CI recipes call the tool they install with --tool-path .tools.</summary>
    private const string ToolPathCommand = ".tools/aims ";

    public static IEnumerable<string[]> AimsInvocations(string code)
    {
        foreach (var line in code.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n'))
        {
            var text = line.Trim();
            var tool = text.IndexOf(ToolPathCommand, StringComparison.Ordinal);
            var at = text.StartsWith("aims ", StringComparison.Ordinal) ? 0 : tool < 0 ? -1 : tool + ToolPathCommand.Length - "aims ".Length;
            var isExample = at >= 0 && !text.Contains('<', StringComparison.Ordinal) && !text.Contains("[-", StringComparison.Ordinal);
            if (isExample)
            {
                yield return Split(text[(at + "aims ".Length)..]);
            }
        }
    }

    private static string[] Split(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (!quoted && (c == ' ' || c == '#'))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                if (c == '#')
                {
                    break;
                }
            }
            else if (!quoted && c == '>')
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words.Select((w, i) => !w.Contains('$', StringComparison.Ordinal) ? w : i > 0 && words[i - 1] == "--timestamp" ? "2025-03-31T12:00:00Z" : "sample/path").ToArray();
    }
}
