namespace Aims.Manifest.Model;

/// <summary>An AI call inside a dependency, by member: how many times its IL makes it.</summary>
internal sealed record DependencyCall(
    string CallingMember,
    string CalledMember,
    string Sdk,
    string? Provider,
    string Kind,
    string Category,
    int Count);
