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

home=$(mktemp -d)
cleanup() {
	set +e # a killed process's exit status must not cut the clean-up short
	[ -n "${apid:-}" ] && kill "$apid" 2>/dev/null && wait "$apid" 2>/dev/null
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	rm -rf "$home" 2>/dev/null
	return 0
}
trap cleanup EXIT
start_xvfb

export HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG="${LANG_APP:-zh_CN.UTF-8}"
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
