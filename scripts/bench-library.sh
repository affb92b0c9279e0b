#!/usr/bin/env bash
# Measures the library against issue 12's targets on a generated library
# (scripts/genlib: N report-like files, about 27 MB for 10,000), and prints
# each figure beside its target:
#   - `zhibiao import` of the whole folder: wall time and peak RSS (/usr/bin/time -v)
#   - search over the library: median and 95th percentile of one query,
#     in process (BenchmarkSearch) and as `zhibiao search --library`
#   - opening one article (its text parsed and its figures read)
#   - Compare (issue 13): one indicator across a city's counties, table and
#     chart; across a province's places as small multiples; and the list of
#     indicators to pick from
#
#     scripts/bench-library.sh [N]        (default 10000; BENCH_DIR keeps the files)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
echo "bench-library: building and generating $n files in $work" >&2
nice go build -o "$work/zhibiao" .
rm -rf "$work/src" "$work/home"
nice go run ./scripts/genlib -n "$n" -o "$work/src" >&2
export ZHIBIAO_HOME="$work/home"

/usr/bin/time -v "$work/zhibiao" import "$work/src" >"$work/import.jsonl" 2>"$work/import.time" || true
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/import.time")
cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$work/import.time")
rss=$(awk -F': ' '/Maximum resident/ { print int($2 / 1024) }' "$work/import.time")
added=$(grep -c '"status":"added"' "$work/import.jsonl" || true)
dups=$(grep -c '"status":"duplicate"' "$work/import.jsonl" || true)
failed=$(grep -c '"status":"failed"' "$work/import.jsonl" || true)
dbmb=$(du -m "$ZHIBIAO_HOME/library.db" | cut -f1)

bench=$(ZHIBIAO_BENCH_HOME="$ZHIBIAO_HOME" nice go test -count=1 -run '^$' -bench 'Search|OpenArticle|List' -benchtime 200x ./data/library/)
metric() { echo "$bench" | awk -v b="$1" -v m="$2" '$1 ~ "^Benchmark"b"-" { for (i = 2; i <= NF; i++) if ($i == m) print $(i-1) }'; }
list_ms=$(echo "$bench" | awk '$1 ~ /^BenchmarkList-/ { printf "%.0f", $3 / 1e6 }')
cbench=$(ZHIBIAO_BENCH_HOME="$ZHIBIAO_HOME" nice go test -count=1 -run '^$' -bench 'CompareCounties|CompareProvince|Indicators' -benchtime 60x ./data/compare/)
cmetric() { echo "$cbench" | awk -v b="$1" -v m="$2" '$1 ~ "^Benchmark"b"-" { for (i = 2; i <= NF; i++) if ($i == m) print $(i-1) }'; }
names_ms=$(echo "$cbench" | awk '$1 ~ /^BenchmarkIndicators-/ { printf "%.0f", $3 / 1e6 }')

# The command line: each query in a new process, dictionary load included.
queries=(地区生产总值 生物医药 规上工业增加值 一般公共预算收入 固定资产投资 新能源 乡村振兴 马村区 招商引资 营商环境)
times=()
for q in "${queries[@]}"; do
	t0=$(date +%s%N)
	"$work/zhibiao" search --library "$q" >/dev/null
	t1=$(date +%s%N)
	times+=($(((t1 - t0) / 1000000)))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
cli_med=${sorted[$((${#sorted[@]} / 2))]}
cli_p95=${sorted[$((${#sorted[@]} * 95 / 100))]}

printf '%-44s %-28s %s\n' "what" "measured" "target"
printf '%-44s %-28s %s\n' "import of $n files ($added added, $dups dup, $failed failed)" "${wall} s wall, ${cpu} s CPU" "<= 60 s"
printf '%-44s %-28s %s\n' "import peak RSS" "${rss} MB" "<= 400 MB"
printf '%-44s %-28s %s\n' "library database" "${dbmb} MB" "-"
printf '%-44s %-28s %s\n' "search, in process (Library.Search)" "median $(metric Search median-ms) ms, p95 $(metric Search p95-ms) ms" "median <= 20 ms, p95 <= 50 ms"
printf '%-44s %-28s %s\n' "search --library, whole command" "median ${cli_med} ms, p95 ${cli_p95} ms" "(process start and dictionary load included)"
printf '%-44s %-28s %s\n' "open one article (text parsed, figures)" "median $(metric OpenArticle median-ms) ms, p95 $(metric OpenArticle p95-ms) ms" "<= 50 ms"
printf '%-44s %-28s %s\n' "list the whole library" "${list_ms} ms" "list complete within 1 s"
printf '%-44s %-28s %s\n' "compare: a city's counties, table and chart" "median $(cmetric CompareCounties median-ms) ms, p95 $(cmetric CompareCounties p95-ms) ms" "<= 200 ms"
printf '%-44s %-28s %s\n' "compare: every place of a province, multiples" "median $(cmetric CompareProvince median-ms) ms, p95 $(cmetric CompareProvince p95-ms) ms" "<= 200 ms"
printf '%-44s %-28s %s\n' "compare: the indicators to pick from" "${names_ms} ms" "-"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores)"
