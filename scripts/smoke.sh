#!/usr/bin/env bash
# Real-window smoke test: under a private Xvfb, start the built binary, wait
# for its window, check it stays up, take a screenshot and check it is not
# blank. Usage: scripts/smoke.sh [SHOT.png] (builds bin/zhibiao if needed).
# LANG_APP sets the app's locale (default zh_CN.UTF-8); ZHIBIAO_THEME=dark
# and friends are not needed: the window opens as a new user sees it.
source "$(dirname "$0")/lib.sh"
shot=${1:-bin/smoke.png}
[ -x bin/zhibiao ] || build_app
need_pkgs $X_PKGS

for d in $(seq 150 199); do [ -e /tmp/.X11-unix/X$d ] || { disp=$d; break; }; done
Xvfb ":$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
home=$(mktemp -d)
cleanup() {
	kill "${apid:-}" 2>/dev/null && wait "$apid" 2>/dev/null
	kill "$xpid" 2>/dev/null
	rm -rf "$home" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$disp" ] && break; sleep 0.05; done

export DISPLAY=":$disp" HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG="${LANG_APP:-zh_CN.UTF-8}"
bin/zhibiao >"$home/app.log" 2>&1 &
apid=$!
win=""
for _ in $(seq 200); do
	win=$(xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -1 || true)
	[ -n "$win" ] && break
	kill -0 "$apid" 2>/dev/null || { echo "smoke: the app exited before showing a window:" >&2; tail -20 "$home/app.log" >&2; exit 1; }
	sleep 0.05
done
[ -n "$win" ] || { echo "smoke: no window within 10 s" >&2; exit 1; }
sleep 3
kill -0 "$apid" 2>/dev/null || { echo "smoke: the app died after showing its window:" >&2; tail -20 "$home/app.log" >&2; exit 1; }
import -window "$win" "$shot"
colours=$(convert "$shot" -format '%k' info:)
if [ "${colours:-0}" -lt 50 ]; then
	echo "smoke: the window looks blank ($colours colours) — see $shot" >&2
	exit 1
fi
echo "smoke: window up for 3 s, screenshot $shot has $colours colours"
