#!/usr/bin/env bash
# Measures what the packed Aims.Analyzers package costs inside real `dotnet build`s, from the compiler's own report
# (-p:ReportAnalyzer=true): its analyzers (the analyzer table) and its manifest generator (the generator table), each
# and summed, as a share of the Csc task.
#
#   measure-build.sh [files]     three generated projects of <files> files (default 1,000), each built once with the
#                                package: no-ai (no AI call), with-ai (one undeclared IChatClient call per file) and
#                                ai-dense (one declared AI system with 10 model calls per file)
#   measure-build.sh --project <csproj> [runs] [msbuild arguments...]
#                                a real project, built alternately without and with the package, <runs> times each
#   measure-build.sh --baseline <folder> [files] [runs]
#                                the with-ai project built alternately with an earlier package (the Aims.Analyzers
#                                .nupkg in <folder>) and with this repository's, <runs> times each: what a change costs
#
# Builds are Release and --no-incremental, one compiler process per build as in CI; the package is packed from this
# repository into a temporary folder feed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/Aims.Analyzers.Package/Aims.Analyzers.Package.csproj" -c Release -o "$work/feed" -nologo -tl:off >/dev/null
central() { sed -n "s/.*Include=\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$root/Directory.Packages.props"; }

# Seconds in the first row of a ReportAnalyzer table ("Total analyzer/generator execution time") that names Aims.Analyzers.
aims_row() { # log, table (analyzer|generator)
  awk -v table="Total $2 execution time" '
    index($0, "Total analyzer execution time") || index($0, "Total generator execution time") { inside = index($0, table) > 0 }
    inside && /Aims\.Analyzers, Version/ { print $1; exit }' "$1"
}

total_of() { grep -m1 "Total $2 execution time" "$1" | grep -oE '[0-9]+\.[0-9]+' || echo 0; }

report() { # label, log, wall seconds
  local log=$2 csc an gen ours_an ours_gen
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}' | head -1)
  an=$(total_of "$log" analyzer); gen=$(total_of "$log" generator)
  ours_an=$(aims_row "$log" analyzer); ours_gen=$(aims_row "$log" generator)
  if [ -z "$ours_an$ours_gen" ]; then
    printf '%-22s wall %6.2f s | Csc %6s ms | all analyzers %6s s | all generators %6s s\n' "$1" "$3" "$csc" "$an" "$gen"
    return
  fi
  awk -v label="$1" -v wall="$3" -v csc="$csc" -v an="$an" -v gen="$gen" -v oa="${ours_an:-0}" -v og="${ours_gen:-0}" 'BEGIN {
    printf "%-22s wall %6.2f s | Csc %6s ms | all analyzers %6s s | all generators %6s s | Aims analyzers %6.3f s + generator %6.3f s = %6.3f s = %5.2f%% of Csc\n",
      label, wall, csc, an, gen, oa, og, oa + og, 100 * (oa + og) / (csc / 1000) }'
}

build() { # label, project, extra msbuild arguments...
  local label=$1 project=$2 log="$work/$1.log" start end
  shift 2
  dotnet restore "$project" -nologo "$@" >/dev/null
  start=$(date +%s.%N)
  if ! dotnet build "$project" -c Release --no-restore --no-incremental -nologo -tl:off -v:d -p:ReportAnalyzer=true \
      -clp:PerformanceSummary "$@" > "$log" 2>&1; then
    grep -E ' error ' "$log" | sort -u | head -20 >&2
    echo "build of $label failed" >&2
    return 1
  fi
  end=$(date +%s.%N)
  report "$label" "$log" "$(echo "$end - $start" | bc)"
}

package_version() { local name; name=$(basename "$1"/Aims.Analyzers.*.nupkg .nupkg); echo "${name#Aims.Analyzers.}"; }

generated_project() { # name, kind (no-ai|with-ai|ai-dense), files[, feed]
  local dir="$work/$1" kind=$2 files=$3 feed=${4:-$work/feed} sdks=""
  mkdir -p "$dir"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Packages.props"
  # A packages folder per project: two packages of one version from two feeds must not share a cache.
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><add key="aims-feed" value="$feed" /></packageSources>
<config><add key="globalPackagesFolder" value="$work/packages-$1" /></config></configuration>
XML
  if [ "$kind" != no-ai ]; then
    sdks="<PackageReference Include=\"OpenAI\" Version=\"$(central OpenAI)\" />
    <PackageReference Include=\"Microsoft.Extensions.AI.Abstractions\" Version=\"$(central Microsoft.Extensions.AI.Abstractions)\" />"
  fi
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aims.Analyzers" Version="$(package_version "$feed")" />
    $sdks
  </ItemGroup>
</Project>
XML
  for ((i = 0; i < files; i++)); do
    case $kind in
      ai-dense) dense_file "$i" > "$dir/System$i.cs" ;;
      with-ai) service_file "$i" 'IChatClient chat' '(await chat.GetResponseAsync($"Summarise {i}")).Text.Length' 'using Microsoft.Extensions.AI;' > "$dir/File$i.cs" ;;
      *) service_file "$i" 'HttpClient http' '(await http.GetStringAsync("https://service.example/items")).Length' '' > "$dir/File$i.cs" ;;
    esac
  done
}

service_file() { # index, dependency, work expression, usings
  cat <<CS
$4
namespace Bench.N$(($1 % 20));
public sealed class Service$1($2)
{
    private readonly Dictionary<string, int> _counts = new();
    public async Task<int> RunAsync(IEnumerable<string> items, int i)
    {
        var length = $3;
        foreach (var item in items.Where(x => x.Length > 2).Select(x => x.Trim()))
        {
            _counts[item] = _counts.TryGetValue(item, out var n) ? n + 1 : 1;
        }
        return length + _counts.Count + Math.Max(i, 0);
    }
    public override string ToString() => \$"Service$1: {_counts.Count}";
}
CS
}

dense_file() { # index: one declared system with ten model calls
  cat <<CS
using Aims;
using Microsoft.Extensions.AI;
namespace Bench.N$(($1 % 20));
[AiSystem("system-$1", Name = "System $1", Purpose = "Answers question type $1", Owner = "Team $(($1 % 7))", Risk = AiRiskLevel.Limited)]
[HumanOversight(OversightMode.HumanOnTheLoop, Reviewer = "Operator")]
[DataSource("source-$1", Usage = DataUsage.Grounding)]
[AiModel("OpenAI", "gpt-4o-2024-08-06")]
public sealed class System$1(IChatClient chat)
{
$(for c in 0 1 2 3 4 5 6 7 8 9; do echo "    public Task<ChatResponse> Ask${c}Async(string q) => chat.GetResponseAsync(q);"; done)
}
CS
}

version=$(package_version "$work/feed")

if [ "${1:-}" = --baseline ]; then
  files=${3:-1000}; runs=${4:-3}
  generated_project baseline with-ai "$files" "$(cd "$2" && pwd)"
  generated_project current with-ai "$files"
  for ((r = 1; r <= runs; r++)); do
    build "baseline-$r" "$work/baseline"
    build "current-$r" "$work/current"
  done
  exit 0
fi

if [ "${1:-}" = --project ]; then
  project=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); runs=${3:-3}; shift 3 || shift $#
  # The package is added to the project from outside, through a props file the build imports first.
  cat > "$work/with-aims.props" <<XML
<Project>
  <ItemGroup>
    <PackageReference Include="Aims.Analyzers" Version="$version" Condition="'\$(ManagePackageVersionsCentrally)' != 'true'" />
    <PackageReference Include="Aims.Analyzers" VersionOverride="$version" Condition="'\$(ManagePackageVersionsCentrally)' == 'true'" />
  </ItemGroup>
</Project>
XML
  common=(-p:RestoreAdditionalProjectSources="$work/feed" -p:RestorePackagesPath="$work/packages" "$@")
  for ((r = 1; r <= runs; r++)); do
    build "without-$r" "$project" "${common[@]}"
    build "with-$r" "$project" "${common[@]}" -p:CustomBeforeMicrosoftCommonProps="$work/with-aims.props"
  done
  exit 0
fi

files=${1:-1000}
generated_project no-ai no-ai "$files"
generated_project with-ai with-ai "$files"
generated_project ai-dense ai-dense "$files"
build no-ai "$work/no-ai"
build with-ai "$work/with-ai"
build ai-dense "$work/ai-dense"
