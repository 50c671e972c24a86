using System.Text;

namespace Aims.Cli.Report.Html;

/// <summary>The dependencies that call AI: AI hidden in libraries first, then the AI SDKs the project chose.</summary>
internal static class HtmlDependenciesSection
{
    public static void WriteTo(StringBuilder html, ReportView view)
    {
        var f = HtmlFormat.Instance;
        html.Append("<section id=\"dependencies\" aria-labelledby=\"dependencies-title\"><h2 id=\"dependencies-title\">AI inside dependencies</h2>\n");
        if (DependencyRows.Of(view.Manifest) is not { } dependencies)
        {
            html.Append($"<p>{f.None(DependencyRows.NotScanned)}</p></section>\n");
            return;
        }

        var declared = DependencyRows.DeclaredSystems(view.Manifest);
        html.Append($"<p>{HtmlText.Encode(DependencyRows.Sentence(dependencies, declared))}</p>\n");
        if (dependencies.Count > 0)
        {
            var table = new HtmlTable("ai-dependencies", "dependencies", DependencyRows.Columns);
            foreach (var dependency in dependencies)
            {
                table.AddRow([.. System.Linq.Enumerable.Select(DependencyRows.Cells(f, dependency, declared), cell => new HtmlCell(cell))]);
            }

            table.WriteTo(html);
        }

        html.Append("</section>\n");
    }
}
