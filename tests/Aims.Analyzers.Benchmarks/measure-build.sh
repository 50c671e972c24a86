#!/usr/bin/env bash
# What the packed Aims.Analyzers package costs real `dotnet build`s: the Csc task's time with the package over its time
# without it, in builds that alternate between the two, in both compiler regimes.
#
#   measure-build.sh [options] generated        three generated projects: no-ai (no AI call), with-ai (one undeclared
#                                               IChatClient call per file) and ai-dense (one declared AI system with 10
#                                               model calls per file)
#   measure-build.sh [options] <csproj|sln>...  real projects or solutions, the package added from outside through a
#                                               props file the build imports first
# Options:
#   --runs N           alternating rounds per target and regime (default 3), after one warm-up round
#   --files N          files per generated project (default 1000)
#   --regimes LIST     server,cold (default both): the shared compiler server, and one cold compiler process per
#                      project (UseSharedCompilation=false, as many CI systems run)
#   --baseline DIR     also build with an earlier package (the Aims.Analyzers .nupkg in DIR), in the same rounds
#   --errorlog         also build without the package but with a compiler error log (ErrorLog, SARIF 2.1), in the same
#                      rounds: what the channel the package reads its inventory from costs by itself
#   --report-analyzer  after the rounds, one build with the package and -p:ReportAnalyzer=true, whose analyzer and
#                      generator tables are summed per assembly
#   any other argument starting with - is passed to every build (for example -p:TargetFrameworks=net8.0)
#
# Builds are Release, --no-incremental and -m:1. Without the package, generated projects reference Aims.Annotations
# alone, so that declared systems still compile. The package is packed
# from this repository with a version of its own, so that no earlier copy in the NuGet cache is measured instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

runs=3 files=1000 regimes=server,cold baseline="" errorlog=false report_analyzer=false targets=() extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --regimes) regimes=$2; shift 2 ;;
    --baseline) baseline=$(cd "$2" && pwd); shift 2 ;;
    --report-analyzer) report_analyzer=true; shift ;;
    --errorlog) errorlog=true; shift ;;
    -*) extra+=("$1"); shift ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || { echo "usage: measure-build.sh [options] generated | <csproj|sln>..." >&2; exit 2; }

version="0.0.0-bench.$(date +%s)"
dotnet pack "$root/src/Aims.Analyzers.Package/Aims.Analyzers.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -tl:off >/dev/null
unzip -q -o "$work/feed/Aims.Analyzers.$version.nupkg" 'lib/*' -d "$work/annotations"
central() { sed -n "s/.*Include=\"$1\" Version=\"\([^\"]*\)\".*/\1/p" "$root/Directory.Packages.props"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
package_version() { local name; name=$(basename "$(ls "$1"/Aims.Analyzers.*.nupkg | head -1)" .nupkg); echo "${name#Aims.Analyzers.}"; }
baseline_version=""
[ -z "$baseline" ] || baseline_version=$(package_version "$baseline")
variants=(without with)
[ -z "$baseline" ] || variants+=(baseline)
[ "$errorlog" = false ] || variants+=(errorlog)

# Milliseconds a task took, from the Task Performance Summary (0 when it did not run).
task_ms() { grep -E "^\s+[0-9]+ ms\s+$2\s" "$1" | awk '{print $1}' | head -1 | grep . || echo 0; }

# The compiler's CPU time, steadier than the Csc task's wall time on a shared machine: in the cold regime every csc
# process runs under /usr/bin/time (a wrapper given as CscToolPath); with the server, the CPU time the VBCSCompiler
# processes spent during the build (read from /proc).
real_csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc"
mkdir -p "$work/csc"
cat > "$work/csc/csc" <<SH
#!/usr/bin/env bash
exec /usr/bin/time -a -o "$work/csc-cpu.log" -f "%U %S" "$real_csc" "\$@"
SH
chmod +x "$work/csc/csc"
server_cpu_ms() {
  local ticks=0 pid
  for pid in $(pgrep -f VBCSCompiler || true); do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

build() { # log, project, arguments... (the compiler's ReportAnalyzer tables need -v:d)
  local log=$1 project=$2
  shift 2
  if ! dotnet build "$project" -c Release --no-incremental -m:1 -nologo -tl:off -v:n -clp:PerformanceSummary "$@" > "$log" 2>&1; then
    grep -E ' error ' "$log" | sort -u | head -20 >&2
    echo "build of $project failed (log: $log)" >&2
    cp "$log" /tmp/measure-build-failed.log
    exit 1
  fi
}

# Summed seconds of every row naming an assembly in one ReportAnalyzer table (analyzer or generator).
table_rows() { # log, table
  awk -v table="Total $2 execution time" '
    index($0, "Total analyzer execution time") || index($0, "Total generator execution time") { inside = index($0, table) > 0; next }
    inside && /, Version=/ { name = $0; sub(/^[^A-Za-z]*/, "", name); sub(/, Version=.*/, "", name); seconds[name] += $1 }
    END { for (n in seconds) printf "%s %.3f\n", n, seconds[n] }' "$1" | sort -k2 -rn
}

# Restores and builds one variant of a target; prints its Csc, ScreenAimsInputs and WriteAimsManifest milliseconds.
measure() { # target, variant, regime, log
  local target=$1 variant=$2 regime=$3 log=$4 project args=()
  # Explicit both ways: a UseSharedCompilation variable in the environment (as on some CI machines) would decide otherwise.
  if [ "$regime" = cold ]; then args+=(-p:UseSharedCompilation=false); else args+=(-p:UseSharedCompilation=true); fi
  case $target in
    generated:*) project="$work/${target#generated:}-$variant" ;;
    *) project=$target
       case $variant in
         with) args+=(-p:CustomBeforeMicrosoftCommonProps="$work/with.props" -p:RestoreAdditionalProjectSources="$work/feed") ;;
         baseline) args+=(-p:CustomBeforeMicrosoftCommonProps="$work/baseline.props" -p:RestoreAdditionalProjectSources="$baseline") ;;
         errorlog) args+=(-p:CustomBeforeMicrosoftCommonProps="$work/errorlog.props") ;;
       esac ;;
  esac
  dotnet restore "$project" -nologo "${args[@]}" "${extra[@]}" >/dev/null
  local cpu before
  if [ "$regime" = cold ]; then
    : > "$work/csc-cpu.log"
    build "$log" "$project" --no-restore -nr:false -p:CscToolPath="$work/csc" -p:CscToolExe=csc "${args[@]}" "${extra[@]}"
    cpu=$(awk '{ s += $1 + $2 } END { printf "%d", s * 1000 }' "$work/csc-cpu.log")
  else
    before=$(server_cpu_ms)
    build "$log" "$project" --no-restore "${args[@]}" "${extra[@]}"
    cpu=$(($(server_cpu_ms) - before))
  fi
  echo "$(task_ms "$log" Csc) $cpu $(task_ms "$log" ScreenAimsInputs) $(task_ms "$log" WriteAimsManifest)"
}

generated_project() { # name, kind (no-ai|with-ai|ai-dense), variant
  local dir="$work/$1-$3" kind=$2 variant=$3 sdks="" aims feed=$work/feed v=$version
  mkdir -p "$dir"
  echo '<Project />' > "$dir/Directory.Build.props"
  echo '<Project />' > "$dir/Directory.Packages.props"
  [ "$variant" = baseline ] && feed=$baseline v=$baseline_version
  cat > "$dir/nuget.config" <<XML
<configuration><packageSources><add key="aims-feed" value="$feed" /></packageSources></configuration>
XML
  if [ "$kind" != no-ai ]; then
    sdks="<PackageReference Include=\"OpenAI\" Version=\"$(central OpenAI)\" />
    <PackageReference Include=\"Microsoft.Extensions.AI.Abstractions\" Version=\"$(central Microsoft.Extensions.AI.Abstractions)\" />"
  fi
  aims="<PackageReference Include=\"Aims.Analyzers\" Version=\"$v\" />"
  # Not the package with ExcludeAssets="analyzers": the SDK resolves a package's analyzers all the same.
  [ "$variant" = without ] || [ "$variant" = errorlog ] && aims="<Reference Include=\"$work/annotations/lib/netstandard2.0/Aims.Annotations.dll\" />"
  [ "$variant" = errorlog ] && aims+="</ItemGroup><PropertyGroup><ErrorLog>\$(MSBuildProjectDirectory)/obj/build.sarif,version=2.1</ErrorLog></PropertyGroup><ItemGroup>"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    $aims
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

props() { # feed version: the package added to any project from outside
  cat <<XML
<Project>
  <ItemGroup>
    <PackageReference Include="Aims.Analyzers" Version="$1" Condition="'\$(ManagePackageVersionsCentrally)' != 'true'" />
    <PackageReference Include="Aims.Analyzers" VersionOverride="$1" Condition="'\$(ManagePackageVersionsCentrally)' == 'true'" />
  </ItemGroup>
</Project>
XML
}
props "$version" > "$work/with.props"
cat > "$work/errorlog.props" <<'XML'
<Project>
  <PropertyGroup><ErrorLog>$(MSBuildProjectDirectory)/obj/build.sarif,version=2.1</ErrorLog></PropertyGroup>
</Project>
XML
[ -z "$baseline" ] || props "$baseline_version" > "$work/baseline.props"

expanded=()
for target in "${targets[@]}"; do
  if [ "$target" = generated ]; then
    for kind in no-ai with-ai ai-dense; do
      for variant in "${variants[@]}"; do generated_project "$kind" "$kind" "$variant"; done
      expanded+=("generated:$kind")
    done
  else
    expanded+=("$(cd "$(dirname "$target")" && pwd)/$(basename "$target")")
  fi
done

echo "package $version${baseline_version:+, baseline $baseline_version}; $runs rounds after a warm-up; Csc, ScreenAimsInputs and WriteAimsManifest in ms"
for target in "${expanded[@]}"; do
  for regime in ${regimes//,/ }; do
    [ "$regime" = server ] && dotnet build-server shutdown >/dev/null 2>&1 || true
    echo "== ${target#generated:} ($regime)"
    declare -A ratios=() cpu_ratios=()
    for ((r = 0; r <= runs; r++)); do
      # Each round starts with another variant, so that no variant always follows the same one.
      declare -A csc=() cpu=() screening=() manifest=()
      for ((i = 0; i < ${#variants[@]}; i++)); do
        variant=${variants[$(((i + r) % ${#variants[@]}))]}
        measure "$target" "$variant" "$regime" "$work/build.log" > "$work/result"
        read -r "csc[$variant]" "cpu[$variant]" "screening[$variant]" "manifest[$variant]" < "$work/result"
      done
      line=""
      for variant in "${variants[@]}"; do
        line+=$(printf ' | %-8s Csc %6d cpu %6d  screen %3d  manifest %3d' "$variant" "${csc[$variant]}" "${cpu[$variant]}" "${screening[$variant]}" "${manifest[$variant]}")
        [ "$variant" = without ] && continue
        ratio=$(awk -v a="${csc[$variant]}" -v b="${csc[without]}" 'BEGIN { printf "%.3f", a / b }')
        cpu_ratio=$(awk -v a="${cpu[$variant]}" -v b="${cpu[without]}" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
        line+="  = ${ratio}x, cpu ${cpu_ratio}x"
        [ "$r" -eq 0 ] || { ratios[$variant]+="$ratio "; cpu_ratios[$variant]+="$cpu_ratio "; }
      done
      if [ "$r" -eq 0 ]; then echo "warm-up$line"; else echo "round $r$line"; fi
    done
    for variant in "${variants[@]}"; do
      [ "$variant" = without ] && continue
      echo "median $variant/without: Csc $(median ${ratios[$variant]})x, compiler cpu $(median ${cpu_ratios[$variant]})x"
    done
  done
  if [ "$report_analyzer" = true ]; then
    args=(-p:ReportAnalyzer=true)
    case $target in generated:*) p="$work/${target#generated:}-with" ;; *) p=$target; args+=(-p:CustomBeforeMicrosoftCommonProps="$work/with.props" -p:RestoreAdditionalProjectSources="$work/feed") ;; esac
    dotnet restore "$p" -nologo "${args[@]}" "${extra[@]}" >/dev/null
    build "$work/report.log" "$p" --no-restore -v:d "${args[@]}" "${extra[@]}"
    echo "-- ReportAnalyzer, with the package (seconds, summed over projects): analyzers, then generators"
    table_rows "$work/report.log" analyzer | head -8 | sed 's/^/   analyzer  /'
    table_rows "$work/report.log" generator | head -5 | sed 's/^/   generator /'
  fi
done
