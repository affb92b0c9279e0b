#!/usr/bin/env bash
# Makes the README's pictures of the Compare tab from the real window under
# Xvfb: docs/compare-{zh,en}-{light,dark}.png, 1280×800. Each run starts
# with a new library (the embedded articles), picks 地区生产总值 growth of
# 焦作市 and the places under it by typing, as a user would, and selects
# 马村区's 2024 cell, so its source shows and the reader marks its sentence.
#     scripts/screenshot-compare.sh            (builds bin/zhibiao if needed)
# With LIBRARY=DIR (a ZHIBIAO_HOME, e.g. of `zhibiao import` of
# scripts/genlib's reports; it is copied, not changed) it also makes
# docs/compare-multiples.png: every place of 河南省 the library has figures
# for, more places than lines can tell apart, as small multiples.
# Clicks land by position in the window laid out with the dividers below.
source "$(dirname "$0")/lib.sh"
[ -x bin/zhibiao ] || build_app
need_pkgs $X_PKGS xclip

# typein TEXT pastes TEXT where the keyboard is, as one edit: typed key by
# key, a busy window reads xdotool's borrowed keys late and gets the wrong
# characters.
typein() {
	printf '%s' "$1" | xclip -selection clipboard
	xdotool key ctrl+a ctrl+v
}

shot() { # shot LANG THEME OUT [LIBRARY PLACE]
	local lang=$1 theme=$2 out=$3 lib=${4:-} place=${5:-焦作市} home apid win tab
	home=$(mktemp -d)
	[ -n "$lib" ] && cp -r "$lib" "$home/library"
	(
		export HOME="$home" XDG_CONFIG_HOME="$home/cfg" ZHIBIAO_HOME="$home/library" LANG=C.UTF-8 LC_ALL=C.UTF-8
		prefs="$XDG_CONFIG_HOME/fyne/io.github.zhibiao"
		mkdir -p "$prefs"
		printf '{"view.theme": "%s", "view.language": "%s", "window.split.library": 0.18, "window.split.reader": 0.40}\n' "$theme" "$lang" >"$prefs/preferences.json"
		bin/zhibiao >"$home/app.log" 2>&1 &
		apid=$!
		trap 'kill $apid 2>/dev/null; wait $apid 2>/dev/null' EXIT
		win=""
		for _ in $(seq 200); do
			win=$(xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -1 || true)
			[ -n "$win" ] && break
			sleep 0.05
		done
		[ -n "$win" ] || { echo "screenshot-compare: no window" >&2; tail "$home/app.log" >&2; exit 1; }
		sleep 4
		tab=837 # 对比
		[ "$lang" = en ] && tab=897
		xdotool mousemove --window "$win" "$tab" 47 click 1
		sleep $([ -n "$lib" ] && echo 8 || echo 2) # a library's figure rows are read first
		xdotool mousemove --window "$win" 900 85 click 1
		typein 地区生产总值
		sleep 1
		xdotool mousemove --window "$win" 900 161 click 1
		typein "$place"
		sleep 1
		xdotool key Escape # the list of places offered closes
		sleep 0.5
		if [ -z "$lib" ]; then
			xdotool mousemove --window "$win" 967 376 click 1 # 马村区 2024年
			sleep 0.7
			xdotool click 1 # the first click may only take the focus from the entry
		fi
		sleep 1
		xdotool mousemove --window "$win" 1279 799 # the pointer out of the way
		sleep 1
		import -window "$win" "$out.tmp.png"
		# Few colours keep the file small; the text stays sharp.
		convert "$out.tmp.png" -colors 128 -define png:compression-level=9 "$out"
		rm -f "$out.tmp.png"
	)
	rm -rf "$home"
}

start_xvfb
trap 'kill $XVFB_PID 2>/dev/null' EXIT
mkdir -p docs
for lang in zh en; do
	for theme in light dark; do
		shot "$lang" "$theme" "docs/compare-$lang-$theme.png"
		echo "docs/compare-$lang-$theme.png: $(identify -format '%wx%h' "docs/compare-$lang-$theme.png"), $(du -k "docs/compare-$lang-$theme.png" | cut -f1) KB"
	done
done
if [ -n "${LIBRARY:-}" ]; then
	shot zh light docs/compare-multiples.png "$LIBRARY" 河南省
	echo "docs/compare-multiples.png: $(du -k docs/compare-multiples.png | cut -f1) KB"
fi
