namespace Aims.Manifest.Model;

internal sealed record CallSiteCounts(int Model, int Service, int Undeclared);
