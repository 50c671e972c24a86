using Aims.Cli.Inputs;
using Aims.Cli.Tests.Harness;
using Xunit;

namespace Aims.Cli.Tests.Commands;

/// <summary>How a folder given as input is searched.</summary>
public sealed class FolderInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_folder_is_searched_recursively_for_manifests_and_passes_over_assemblies()
    {
        // An assembly's embedded copy holds its declarations only: a folder's inventory is its build manifests.
        _folder.CopyFixtures("bin/Debug/net10.0", Fixtures.SupportDesk);
        _folder.CopyFixtures("lib/Billing", Fixtures.Billing);
        TestAssemblies.WithAssemblyMetadata(_folder.Combine("lib/Core.dll"), File.ReadAllText(Fixtures.PathOf(Fixtures.SupportCore)), "Support.Core");
        TestAssemblies.Plain(_folder.Combine("bin/Debug/net10.0/OpenAI.dll"));
        File.WriteAllBytes(_folder.Combine("bin/Debug/net10.0/libnative.dll"), [0x7F, 0x45, 0x4C, 0x46]);

        var found = InputResolver.Resolve([_folder.Path]);

        Assert.Equal(
            [("bin/Debug/net10.0/SupportDesk.aims.json", ManifestCarrier.JsonFile), ("lib/Billing/Billing.aims.json", ManifestCarrier.JsonFile)],
            found.Select(f => (Path.GetRelativePath(_folder.Path, f.Path).Replace('\\', '/'), f.Carrier)));
    }

    [Fact]
    public void Obj_folders_are_skipped()
    {
        _folder.CopyFixtures("obj/Debug/net10.0", Fixtures.Billing);
        _folder.CopyFixtures("src/App/obj", Fixtures.SupportWeb);
        _folder.CopyFixtures("bin", Fixtures.SupportDesk);

        var found = Assert.Single(InputResolver.Resolve([_folder.Path]));

        Assert.EndsWith(Fixtures.SupportDesk, found.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_file_named_twice_is_read_once()
    {
        var path = Fixtures.PathOf(Fixtures.SupportDesk);
        Assert.Single(InputResolver.Resolve([path, path, Path.GetDirectoryName(path) + "/./" + Fixtures.SupportDesk]));
    }

    public void Dispose() => _folder.Dispose();
}
