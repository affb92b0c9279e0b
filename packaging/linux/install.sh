#!/bin/sh
# Installs 指标 Zhibiao from this folder: the program, its menu entry
# (which also offers it in the file manager's "Open with" for text, HTML
# and Markdown files) and its icon.
#
#   ./install.sh                    for you: ~/.local (no root needed)
#   sudo ./install.sh --system      for every user: /usr/local
#   ./install.sh --uninstall        remove it again (add --system if installed so)
#
# Packagers: ./install.sh --prefix /usr with DESTDIR set, or the Makefile.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
id=io.github.zhibiao.Zhibiao
prefix=$HOME/.local
action=install
for arg in "$@"; do
	case $arg in
	--system) prefix=/usr/local ;;
	--prefix=*) prefix=${arg#--prefix=} ;;
	--uninstall) action=uninstall ;;
	-h | --help)
		sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
		exit 0
		;;
	*)
		echo "install.sh: unknown option $arg (see ./install.sh --help)" >&2
		exit 2
		;;
	esac
done
destdir=${DESTDIR:-}
bin=$prefix/bin/zhibiao
apps=$prefix/share/applications
icons=$prefix/share/icons/hicolor
docs=$prefix/share/doc/zhibiao

# refresh tells the desktop about the change: the "Open with" list and the
# icon cache. Both tools are optional; without them the desktop notices at
# its next start.
refresh() {
	[ -z "$destdir" ] || return 0
	if command -v update-desktop-database >/dev/null 2>&1; then
		update-desktop-database -q "$apps" 2>/dev/null || true
	fi
	if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
		gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
	fi
}

if [ "$action" = uninstall ]; then
	rm -f "$destdir$bin" "$destdir$apps/$id.desktop" "$destdir$icons/512x512/apps/$id.png" \
		"$destdir$icons/128x128/apps/$id.png"
	rm -rf "$destdir$docs"
	refresh
	echo "指标 Zhibiao removed from $prefix. Your settings stay in ~/.config/fyne/$id."
	exit 0
fi

install -Dm755 "$here/zhibiao" "$destdir$bin"
install -Dm644 "$here/icons/512x512/$id.png" "$destdir$icons/512x512/apps/$id.png"
install -Dm644 "$here/icons/128x128/$id.png" "$destdir$icons/128x128/apps/$id.png"
install -d "$destdir$docs"
install -m644 "$here/LICENSE" "$here/NOTICE" "$here/LICENSE-Apache-2.0.txt" "$destdir$docs/"
# The menu entry runs the program by its full path: ~/.local/bin is not on
# the PATH of every desktop session.
install -d "$destdir$apps"
sed "s|^Exec=zhibiao |Exec=$bin |; s|^TryExec=zhibiao\$|TryExec=$bin|" "$here/$id.desktop" >"$destdir$apps/$id.desktop"
chmod 644 "$destdir$apps/$id.desktop"
refresh

echo "指标 Zhibiao installed in $prefix: it is in the application menu (Office), and"
case ":${PATH:-}:" in
*":$prefix/bin:"*) echo "\`zhibiao\` runs from a terminal." ;;
*) echo "$prefix/bin/zhibiao runs from a terminal (add $prefix/bin to PATH to type just \`zhibiao\`)." ;;
esac
