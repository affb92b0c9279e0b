#!/usr/bin/env bash
# Windows smoke test, on Linux: runs the release .exe under wine with a
# private Xvfb, checks a subcommand prints, starts it with a report as its
# argument (as a file dropped on the .exe or "Open with" passes it), waits
# for the window to show that report, takes a screenshot and checks it is
# not blank. Look at the screenshot too: the reader should show the report
# 温县经济运行情况 in Chinese.
#
# Usage: scripts/wine-smoke.sh [APP.exe] [SHOT.png]
# Defaults: the newest dist/zhibiao-*-windows-amd64.exe (built with
# scripts/release.sh windows when there is none) and dist/wine-smoke.png.
# Slow the first time (wine makes its prefix, about a minute), so it is not
# part of scripts/test.sh; run it before a release.
#
# Debian's wine 8 lacks bcryptprimitives.dll, whose ProcessPrng every Go
# program calls at start-up; scripts/wine/bcryptprimitives.c is a test-only
# stand-in built here with mingw and put in the test prefix's System32.
# Real Windows has the DLL; it is never shipped.
source "$(dirname "$0")/lib.sh"

exe=${1:-}
if [ -z "$exe" ]; then
	exe=$(ls -t dist/zhibiao-*-windows-amd64.exe 2>/dev/null | head -1 || true)
	if [ -z "$exe" ]; then
		scripts/release.sh windows
		exe=$(ls -t dist/zhibiao-*-windows-amd64.exe | head -1)
	fi
fi
[ -f "$exe" ] || { echo "wine-smoke: no such file: $exe" >&2; exit 1; }
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
shot=${2:-dist/wine-smoke.png}
need_pkgs gcc-mingw-w64-x86-64 wine wine64 $X_PKGS

work=$PWD/dist/wine
mkdir -p "$work" "$(dirname "$shot")"
x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -o "$work/bcryptprimitives.dll" \
	scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32

cleanup() {
	set +e # wait returns the killed app's status: errexit would stop here
	[ -n "${apid:-}" ] && kill "$apid" 2>/dev/null && wait "$apid" 2>/dev/null
	wineserver -k 2>/dev/null # this prefix's server only
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	return 0
}
trap cleanup EXIT
start_xvfb # lib.sh: Xvfb picks a free display itself

# A prefix of our own, kept in dist/wine between runs. No Mono or Gecko:
# wine would offer to download them.
export WINEPREFIX="$work/prefix" WINEDEBUG=-all \
	WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n" LANG=zh_CN.UTF-8
if [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "wine-smoke: making the wine prefix (about a minute, once)" >&2
	wineboot --init >/dev/null 2>&1
	wineserver -w
fi
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"

# A subcommand must print, although the .exe is a GUI-subsystem program.
got=$(wine "$exe" version 2>"$work/version.err" | tr -d '\r' || true)
case $got in
zhibiao\ *) echo "wine-smoke: '$(basename "$exe") version' printed: $got" ;;
*)
	echo "wine-smoke: '$(basename "$exe") version' printed \"$got\"" >&2
	tail -5 "$work/version.err" >&2
	exit 1
	;;
esac

# A report passed as the argument opens in the window, as File → Open.
report_title=温县经济运行情况
mkdir -p "$WINEPREFIX/drive_c/users/Public"
printf '%s\n\n2024年，温县地区生产总值增长6.1%%，规上工业增加值增长8.3%%，新签约项目总投资52.6亿元。\n' \
	"$report_title" >"$WINEPREFIX/drive_c/users/Public/wenxian-report.txt"
wine "$exe" 'C:\users\Public\wenxian-report.txt' >"$work/app.log" 2>&1 &
apid=$!
win=""
for _ in $(seq 600); do
	for w in $(xdotool search --onlyvisible --name 'Zhibiao' 2>/dev/null || true); do
		case $(xdotool getwindowname "$w" 2>/dev/null) in
		*"$report_title"*) win=$w ;;
		esac
	done
	[ -n "$win" ] && break
	kill -0 "$apid" 2>/dev/null || { echo "wine-smoke: the app exited before showing a window:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
	sleep 0.1
done
[ -n "$win" ] || { echo "wine-smoke: no window showing $report_title within 60 s" >&2; tail -20 "$work/app.log" >&2; exit 1; }
sleep "${WINE_SETTLE:-8}" # software OpenGL under wine is slow to draw the first frame
kill -0 "$apid" 2>/dev/null || { echo "wine-smoke: the app died after showing its window:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
import -window "$win" "$shot"
colours=$(convert "$shot" -format '%k' info:)
if [ "${colours:-0}" -lt 50 ]; then
	echo "wine-smoke: the window looks blank ($colours colours) — see $shot" >&2
	exit 1
fi
echo "wine-smoke: window \"$(xdotool getwindowname "$win")\" up, screenshot $shot has $colours colours"
