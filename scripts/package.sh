# Shared by release.sh and check-packages.sh: how the downloads are laid
# out. Sourced after lib.sh (which set -euo pipefail and cd to the repo).

APP_ID=io.github.zhibiao.Zhibiao

# notice_files DIR puts the licences every download carries in DIR:
# Zhibiao's own (LICENSE), the third-party notices of what is inside the
# binary (NOTICE: the font, the dictionary, the stop words) and the Apache
# licence they refer to.
notice_files() {
	local dir=$1
	cp LICENSE "$dir/LICENSE"
	cp assets/fonts/LICENSE-Apache-2.0.txt "$dir/LICENSE-Apache-2.0.txt"
	{
		echo "指标 Zhibiao carries, inside its program file, the following works of others."
		echo "Each is used under the Apache License 2.0 (LICENSE-Apache-2.0.txt beside this file)."
		for f in assets/fonts/NOTICE data/segment/dict/NOTICE data/keywords/NOTICE; do
			echo
			echo "== $(dirname "$f") =="
			echo
			cat "$f"
		done
	} >"$dir/NOTICE"
}

# linux_archive BINARY VERSION OUT.tar.xz writes the Linux download: one
# folder, zhibiao-VERSION/, holding the program, install.sh (and a Makefile
# for packagers), the menu entry, the icon and the licences.
linux_archive() {
	local bin=$1 version=$2 out=$3
	local stage
	stage=$(mktemp -d)
	local top=$stage/zhibiao-$version
	mkdir -p "$top/icons/512x512" "$top/icons/128x128"
	install -m755 "$bin" "$top/zhibiao"
	install -m755 packaging/linux/install.sh "$top/install.sh"
	install -m644 packaging/linux/Makefile "$top/Makefile"
	install -m644 "packaging/linux/$APP_ID.desktop" "$top/$APP_ID.desktop"
	install -m644 assets/icon.png "$top/icons/512x512/$APP_ID.png"
	install -m644 assets/icon-window.png "$top/icons/128x128/$APP_ID.png"
	notice_files "$top"
	cat >"$top/README.txt" <<-TXT
		指标 Zhibiao $version — a reader for Chinese economic reports

		Run it from here:        ./zhibiao
		Install it for you:      ./install.sh         (menu entry, icon, ~/.local/bin/zhibiao)
		Install for every user:  sudo ./install.sh --system
		Remove it:               ./install.sh --uninstall

		More: https://github.com/zhibiao/zhibiao/blob/main/docs/INSTALL.md
	TXT
	tar --owner=0 --group=0 --numeric-owner --sort=name -C "$stage" -cJf "$out" "zhibiao-$version"
	rm -rf "$stage"
}

# windows_zip EXE VERSION OUT.zip writes the compressed Windows download:
# zhibiao-VERSION/ with zhibiao.exe and the licences.
windows_zip() {
	local exe=$1 version=$2 out=$3
	local stage
	stage=$(mktemp -d)
	local top=$stage/zhibiao-$version
	mkdir -p "$top"
	cp "$exe" "$top/zhibiao.exe"
	notice_files "$top"
	for f in LICENSE NOTICE; do sed -i 's/$/\r/' "$top/$f"; done # Notepad
	rm -f "$out"
	(cd "$stage" && zip -q -9 -r "$out" "zhibiao-$version")
	rm -rf "$stage"
}
