using System.Collections.Generic;
using System.Text;
using Aims.Analyzers.Declarations;
using Aims.Manifest.Vocabulary;

namespace Aims.Analyzers.CodeFixes;

/// <summary>Ids for new AI system declarations: the type name in kebab case, made unique with a numeric suffix.</summary>
internal static class AiSystemIds
{
    public static string FromTypeName(string typeName, ISet<string> taken)
    {
        var baseId = KebabCase(typeName);
        var id = baseId;
        for (var suffix = 2; taken.Contains(id); suffix++)
        {
            id = baseId + "-" + suffix;
        }

        taken.Add(id);
        return id;
    }

    /// <summary>"ReplyDrafter" becomes "reply-drafter", "HTTPGateway" "http-gateway", "Gpt4Service" "gpt4-service".</summary>
    public static string KebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (text.Length > 0 && text[text.Length - 1] != '-')
                {
                    text.Append('-');
                }

                continue;
            }

            var startsWord = char.IsUpper(c) && i > 0 &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1])));
            if (startsWord && text.Length > 0 && text[text.Length - 1] != '-')
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        var id = text.ToString().Trim('-');
        return GovernanceValueRules.IsWellFormedId(id) ? id : "ai-system";
    }
}
