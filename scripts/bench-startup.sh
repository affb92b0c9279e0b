#!/usr/bin/env bash
# Times Zhibiao's window against the smallest Fyne window that shows the
# same font (the yardstick, ../shared/tools/baseline-fyne, or BASELINE_DIR),
# alternating runs under Xvfb: exec to visible window, and resident memory
# 3 s after (when the dictionary is loaded). Prints medians and ratios.
# Usage: scripts/bench-startup.sh [RUNS]   (default 5)
#   LIBRARY_HOME=DIR  runs Zhibiao over the library in DIR (ZHIBIAO_HOME),
#                     e.g. the 10,000 reports scripts/bench-library.sh
#                     imports into $BENCH_DIR/home (issue 12: ≤ 1.0×)
#   RSS_AFTER=S       reads resident memory S seconds after the window
#                     shows (default 3; issue 12 asks for 10)
source "$(dirname "$0")/lib.sh"
runs=${1:-5}
base_dir=${BASELINE_DIR:-../shared/tools/baseline-fyne}
[ -d "$base_dir" ] || { echo "no baseline at $base_dir; set BASELINE_DIR" >&2; exit 1; }
[ "${NO_BUILD:-}" = 1 ] || build_app
need_pkgs $X_PKGS
(cd "$base_dir" && go build -buildvcs=false -o "$OLDPWD/bin/baseline-fyne" .)
export BASELINE_FONT=$PWD/assets/fonts/wqy-microhei.ttf

start_xvfb
trap 'kill $XVFB_PID 2>/dev/null; true' EXIT

# measure BINARY: prints "MS KB" (ms to a visible window, RSS after 3 s).
measure() {
	local home pid t0 ms="" rss
	home=$(mktemp -d)
	t0=$(date +%s%N)
	local lib=$home/.zhibiao
	[ "$1" = bin/zhibiao ] && [ -n "${LIBRARY_HOME:-}" ] && lib=$LIBRARY_HOME
	HOME=$home XDG_CONFIG_HOME=$home/.config ZHIBIAO_HOME=$lib LANG=zh_CN.UTF-8 "$1" >/dev/null 2>>bin/startup-stderr.txt &
	pid=$!
	for _ in $(seq 2000); do
		if [ -n "$(xdotool search --onlyvisible --pid $pid 2>/dev/null | head -1)" ]; then
			ms=$((($(date +%s%N) - t0) / 1000000))
			break
		fi
		sleep 0.005
	done
	sleep "${RSS_AFTER:-3}"
	rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status 2>/dev/null)
	kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
	rm -rf "$home"
	echo "${ms:-NaN} ${rss:-NaN}"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

: >bin/startup-app.txt; : >bin/startup-base.txt; : >bin/startup-stderr.txt
for i in $(seq "$runs"); do
	measure bin/baseline-fyne >>bin/startup-base.txt
	measure bin/zhibiao >>bin/startup-app.txt
done
bm=$(cut -d' ' -f1 bin/startup-base.txt | median); br=$(cut -d' ' -f2 bin/startup-base.txt | median)
am=$(cut -d' ' -f1 bin/startup-app.txt | median); ar=$(cut -d' ' -f2 bin/startup-app.txt | median)
[ -n "${LIBRARY_HOME:-}" ] && echo "zhibiao over the library in $LIBRARY_HOME; resident memory ${RSS_AFTER:-3} s after the window"
echo "baseline: window in ${bm} ms, ${br} kB resident (median of $runs)"
echo "zhibiao:  window in ${am} ms, ${ar} kB resident (median of $runs)"
awk -v a="$am" -v b="$bm" -v ar="$ar" -v br="$br" 'BEGIN {printf "ratio: time %.2fx, memory %.2fx\n", a/b, ar/br}'
