using System.IO;
using System.Linq;

namespace Aims.Cli.Report.Markdown;

/// <summary>The dependencies that call AI, as the HTML page's section has them.</summary>
internal static class MarkdownDependenciesSection
{
    public static void Write(TextWriter md, ReportView view, MarkdownTables tables)
    {
        var f = MarkdownFormat.Instance;
        md.WriteLine("## AI inside dependencies");
        md.WriteLine();
        if (DependencyRows.Of(view.Manifest) is not { } dependencies)
        {
            md.WriteLine(f.None(DependencyRows.NotScanned));
            md.WriteLine();
            return;
        }

        var declared = DependencyRows.DeclaredSystems(view.Manifest);
        md.WriteLine(f.Text(DependencyRows.Sentence(dependencies, declared)));
        md.WriteLine();
        if (dependencies.Count > 0)
        {
            tables.Write(DependencyRows.Columns, dependencies.Select(d => DependencyRows.Cells(f, d, declared)).ToList(), "dependencies");
        }
    }
}
