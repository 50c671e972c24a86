using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Aims.Manifest.Binary;

/// <summary>
/// Where an IL offset is in the source, from a portable PDB's sequence points: the file and line of the statement the
/// instruction belongs to. Paths are made relative to the folder all the PDB's documents share (deterministic builds
/// write "/_/" there), so that no machine path reaches a manifest.
/// </summary>
internal sealed class SourceLines
{
    private readonly MetadataReader _pdb;
    private readonly string _root;

    public SourceLines(MetadataReader pdb)
    {
        _pdb = pdb;
        // Generated sources can have relative names of their own; the project folder is what the written files share.
        _root = CommonFolder(pdb.Documents.Select(handle => Normalized(pdb.GetString(pdb.GetDocument(handle).Name))).Where(IsRooted).ToList());
    }

    /// <summary>The file and line of the statement that holds the instruction at an IL offset, or null where none says.</summary>
    public (string Path, int Line)? At(MethodDefinitionHandle method, int offset)
    {
        SequencePoint? found = null;
        foreach (var point in _pdb.GetMethodDebugInformation(method.ToDebugInformationHandle()).GetSequencePoints())
        {
            if (point.Offset > offset)
            {
                break;
            }

            if (!point.IsHidden)
            {
                found = point;
            }
        }

        if (found is not { } at)
        {
            return null;
        }

        var document = _pdb.GetDocument(at.Document.IsNil ? _pdb.GetMethodDebugInformation(method.ToDebugInformationHandle()).Document : at.Document);
        var path = Normalized(_pdb.GetString(document.Name));
        return (Relative(path), at.StartLine);
    }

    /// <summary>A path under the shared folder, relative to it; any other rooted path by its file name only.</summary>
    private string Relative(string path) =>
        _root.Length > 0 && path.StartsWith(_root, StringComparison.Ordinal) ? path.Substring(_root.Length)
        : IsRooted(path) ? path.Substring(path.LastIndexOf('/') + 1)
        : path;

    private static bool IsRooted(string path) => path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':');

    private static string Normalized(string path) => path.Replace('\\', '/');

    /// <summary>
    /// The folder, ending in '/', that every file is in (deterministic builds map the sources to "/_/"): paths are written
    /// relative to it. Where that is the file system's root or a folder right under it ("/", "/tmp/"), as when a linked
    /// file lives far from the project, it is no project's folder, and every file is named by its file name only.
    /// </summary>
    private static string CommonFolder(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return string.Empty;
        }

        var common = paths[0].Substring(0, paths[0].LastIndexOf('/') + 1);
        foreach (var path in paths.Skip(1))
        {
            while (common.Length > 0 && !path.StartsWith(common, StringComparison.Ordinal))
            {
                common = common.Substring(0, common.TrimEnd('/').LastIndexOf('/') + 1);
            }
        }

        var depth = common.Count(c => c == '/') - (common.StartsWith("/", StringComparison.Ordinal) ? 1 : 0);
        return depth >= 2 || common == "/_/" ? common : string.Empty;
    }
}
