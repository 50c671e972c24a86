namespace Aims.Cli.Bom;

/// <summary>The document's IRIs: one namespace per document (its UUID), one readable name per element.</summary>
internal sealed class SpdxIds(string documentId)
{
    private readonly string _namespace = $"urn:aims:{documentId}:";

    public string Document => _namespace + "document";

    public string Tool => _namespace + "tool";

    public string Agent => _namespace + "agent";

    public string For(string reference) => _namespace + reference;
}
