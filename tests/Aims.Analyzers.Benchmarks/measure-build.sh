#!/usr/bin/env bash
# Measures AIMS analysis inside a real `dotnet build` (-p:ReportAnalyzer=true) of two generated 1,000-file projects
# that reference the packed Aims.Analyzers package: one without AI usage, one with an AI call in every file.
# Usage: tests/Aims.Analyzers.Benchmarks/measure-build.sh [files]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
files=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/Aims.Analyzers.Package/Aims.Analyzers.Package.csproj" -c Release -o "$work/feed" -nologo -tl:off >/dev/null
version=$(basename "$work"/feed/Aims.Analyzers.*.nupkg .nupkg); version=${version#Aims.Analyzers.}
central() { sed -n "s/.*Include=\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$root/Directory.Packages.props"; }

generate() { # name, with-ai (0/1)
  local dir="$work/$1" ai=$2
  mkdir -p "$dir"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Packages.props"
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><add key="aims-feed" value="$work/feed" /></packageSources>
<config><add key="globalPackagesFolder" value="$work/packages" /></config></configuration>
XML
  local sdks=""
  if [ "$ai" = 1 ]; then
    sdks="<PackageReference Include=\"OpenAI\" Version=\"$(central OpenAI)\" />
    <PackageReference Include=\"Microsoft.Extensions.AI.Abstractions\" Version=\"$(central Microsoft.Extensions.AI.Abstractions)\" />"
  fi
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aims.Analyzers" Version="$version" />
    $sdks
  </ItemGroup>
</Project>
XML
  for ((i = 0; i < files; i++)); do
    if [ "$ai" = 1 ]; then call='(await chat.GetResponseAsync($"Summarise {i}")).Text.Length'; field='IChatClient chat'; usings='using Microsoft.Extensions.AI;'
    else call='(await http.GetStringAsync("https://service.example/items")).Length'; field='HttpClient http'; usings=''; fi
    cat > "$dir/File$i.cs" <<CS
$usings
namespace Bench.N$((i % 20));
public sealed class Service$i($field)
{
    private readonly Dictionary<string, int> _counts = new();
    public async Task<int> RunAsync(IEnumerable<string> items, int i)
    {
        var length = $call;
        foreach (var item in items.Where(x => x.Length > 2).Select(x => x.Trim()))
        {
            _counts[item] = _counts.TryGetValue(item, out var n) ? n + 1 : 1;
        }
        return length + _counts.Count + Math.Max(i, 0);
    }
    public override string ToString() => \$"Service$i: {_counts.Count}";
}
CS
  done
  dotnet restore "$dir" -nologo >/dev/null
}

measure() { # name
  local log="$work/$1.log"
  if ! dotnet build "$work/$1" -c Release --no-restore --no-incremental -nologo -tl:off -v:d -p:ReportAnalyzer=true -clp:PerformanceSummary > "$log" 2>&1; then
    grep -E ' error ' "$log" | sort -u | head -20 >&2
    echo "build of $1 failed" >&2
    return 1
  fi
  local csc total ours warnings
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}' | head -1)
  total=$(grep -m1 -E 'Total analyzer execution time' "$log" | grep -oE '[0-9]+\.[0-9]+')
  ours=$(grep -m1 -E '^\s+[0-9.<]+\s+[0-9<]+\s+Aims\.Analyzers, Version' "$log" | awk '{print $1}')
  warnings=$(grep -cE 'warning AIMS001' "$log" || true)
  printf '%-10s Csc task %6s ms | all analyzers %7s s | Aims.Analyzers %7s s | AIMS001 lines in log %s\n' "$1" "$csc" "$total" "${ours:-n/a}" "$warnings"
  grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+Aims\.Analyzers\.Rules\.' "$log" | sort -u | sed 's/^/             /'
}

generate no-ai 0
generate with-ai 1
measure no-ai
measure with-ai
