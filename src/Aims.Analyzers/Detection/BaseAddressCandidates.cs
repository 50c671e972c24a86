namespace Aims.Analyzers.Detection;

/// <summary>
/// The base addresses found for one HttpClient. The base address is known only when every value found is the same
/// compile-time constant: a second constant, or a value that is no constant, makes it unknown.
/// </summary>
internal sealed class BaseAddressCandidates
{
    private string? _constant;

    public bool IsUnknown { get; private set; }

    /// <summary>The one constant base address, or null when none was found or it is unknown.</summary>
    public string? Single => IsUnknown ? null : _constant;

    /// <summary>Records a value given to the client's BaseAddress: its constant URL, or null when it is no constant.</summary>
    public void Add(string? constant)
    {
        if (constant is null || (_constant is not null && _constant != constant))
        {
            IsUnknown = true;
        }
        else
        {
            _constant = constant;
        }
    }

    /// <summary>Records something that may set the base address to a value that cannot be read.</summary>
    public void AddUnknown() => IsUnknown = true;

    /// <summary>Records what another search found (the registrations of a client, read once per file).</summary>
    public void Add(BaseAddressCandidates other)
    {
        if (other.IsUnknown)
        {
            AddUnknown();
        }
        else if (other._constant is { } constant)
        {
            Add(constant);
        }
    }
}
