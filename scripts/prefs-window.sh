#!/usr/bin/env bash
# Starts the built window (bin/zhibiao, or $ZHIBIAO) under Xvfb on a
# 1400×900 screen at FYNE_SCALE=2 with a malformed preferences file
# ({"library.files": ["/a.txt", 5]}, a window of 40000×30000) and prints
# pass or fail: the window must come up, fit the screen, and the bad file
# must be kept as a backup. Needs xvfb-run, xdotool and xwininfo.
set -u
cd "$(dirname "$0")/.."
bin=$(realpath "${ZHIBIAO:-bin/zhibiao}")
if [ "${1:-}" != inner ]; then
	exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" inner
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/cfg FYNE_SCALE=2 LIBGL_ALWAYS_SOFTWARE=1
prefs=$XDG_CONFIG_HOME/fyne/io.github.zhibiao
mkdir -p "$prefs"
echo '{"library.files": ["/a.txt", 5], "window.width": 40000, "window.height": 30000}' >"$prefs/preferences.json"
"$bin" >"$home/out.txt" 2>&1 &
pid=$!
sleep 15
fails=0
if kill -0 $pid 2>/dev/null; then echo "pass  the window started"; else echo "FAIL  the window did not start: $(grep -m1 panic "$home/out.txt")"; fails=1; fi
wid=$(xdotool search --name Zhibiao 2>/dev/null | head -n 1)
w=$(xwininfo -id "${wid:-0}" 2>/dev/null | awk '/Width:/ {print $2}')
h=$(xwininfo -id "${wid:-0}" 2>/dev/null | awk '/Height:/ {print $2}')
if [ -n "$w" ] && [ "$w" -le 1400 ] && [ "$h" -le 900 ]; then echo "pass  window ${w}×${h} fits 1400×900"; else echo "FAIL  window ${w:-?}×${h:-?} on a 1400×900 screen"; fails=$((fails + 1)); fi
if ls "$prefs"/preferences.json.bad-* >/dev/null 2>&1; then echo "pass  the malformed preferences were backed up"; else echo "FAIL  no backup of the malformed preferences"; fails=$((fails + 1)); fi
kill $pid 2>/dev/null
exit $fails
