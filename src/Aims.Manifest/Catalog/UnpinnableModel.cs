namespace Aims.Manifest.Catalog;

/// <summary>
/// A model its provider publishes without a dated snapshot or version, so that no identifier pins it. In
/// <see cref="Pattern"/> a '*' stands for any run of characters, and <see cref="EveryModel"/> alone for every model of
/// the provider; <see cref="Source"/> is the provider's page that says so.
/// </summary>
internal sealed record UnpinnableModel(ModelProvider Provider, string Pattern, string Source)
{
    public const string EveryModel = "*";

    /// <summary>
    /// Whether an identifier, in any case, names this model. A pattern that names models matches through any SDK (an
    /// OpenAI model reached through Azure or Microsoft.Extensions.AI is the same model); every model of a provider, only
    /// where that provider is known.
    /// </summary>
    public bool Matches(ModelProvider? provider, string modelId) =>
        Pattern == EveryModel ? provider == Provider : GlobMatches(0, modelId, 0);

    private bool GlobMatches(int p, string id, int i)
    {
        for (; p < Pattern.Length; p++, i++)
        {
            if (Pattern[p] == '*')
            {
                for (var rest = i; rest <= id.Length; rest++)
                {
                    if (GlobMatches(p + 1, id, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (i >= id.Length || char.ToLowerInvariant(Pattern[p]) != char.ToLowerInvariant(id[i]))
            {
                return false;
            }
        }

        return i == id.Length;
    }
}
