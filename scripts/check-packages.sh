#!/usr/bin/env bash
# Checks the downloads as a user would meet them, on Linux:
#
#   the Linux archive: everything under zhibiao-VERSION/ (nothing loose,
#     no Makefile that could overwrite one), the program, install.sh, the
#     licences beside the program; the menu entry passes
#     desktop-file-validate and names the app id (Icon, StartupWMClass,
#     file name) with %F and the text MIME types; install.sh into a fresh
#     HOME puts the program, menu entry and icons in place with the entry
#     pointing at the installed program, and --uninstall takes them away;
#     `make install DESTDIR=...` (for packagers) does the same under /usr.
#   the Windows .exe (if given): its manifest's identity is an ASCII
#     reverse-DNS name with a four-part version, its version information
#     has company, copyright and original file name; the .zip beside it
#     holds zhibiao-VERSION/zhibiao.exe and the licences.
#
# Usage: scripts/check-packages.sh [LINUX.tar.xz [WINDOWS.exe]]
# Defaults: the newest dist/zhibiao-*-linux-amd64.tar.xz and
# -windows-amd64.exe. Without a Linux archive it builds one from
# bin/zhibiao (scripts/run.sh's build) with scripts/package.sh, which
# checks the layout without a release build.
source "$(dirname "$0")/lib.sh"
source scripts/package.sh
need_pkgs desktop-file-utils xz-utils unzip binutils

id=$(sed -n 's/^[[:space:]]*ID[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)
version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml | head -1)
fail() { echo "check-packages: $*" >&2; exit 1; }
[ "$id" = "$APP_ID" ] || fail "FyneApp.toml's ID $id is not scripts/package.sh's $APP_ID"
grep -q "const appID = \"$id\"" app/appid.go || fail "app/appid.go's appID is not $id"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tarball=${1:-$(ls -t dist/zhibiao-*-linux-amd64.tar.xz 2>/dev/null | head -1 || true)}
if [ -z "$tarball" ]; then
	[ -x bin/zhibiao ] || build_app
	tarball=$work/zhibiao-$version-linux-amd64.tar.xz
	linux_archive bin/zhibiao "$version" "$tarball"
fi
version=$(basename "$tarball" | sed 's/^zhibiao-\(.*\)-linux-amd64.tar.xz$/\1/')
top=zhibiao-$version

# Layout: one folder, the expected files in it.
listing=$(tar -tJf "$tarball")
loose=$(grep -v "^$top/" <<<"$listing" || true)
[ -z "$loose" ] || fail "outside $top/: $loose"
for f in zhibiao install.sh Makefile README.txt LICENSE NOTICE LICENSE-Apache-2.0.txt "$id.desktop" \
	"icons/512x512/$id.png" "icons/128x128/$id.png"; do
	grep -qx "$top/$f" <<<"$listing" || fail "no $top/$f in $(basename "$tarball")"
done
mkdir "$work/unpacked"
tar -xJf "$tarball" -C "$work/unpacked"
dir=$work/unpacked/$top
"$dir/zhibiao" version | grep -qx "zhibiao $version" || fail "the program does not say zhibiao $version"
grep -q "WenQuanYi" "$dir/NOTICE" && grep -q "gse" "$dir/NOTICE" || fail "NOTICE lacks the font or the dictionary"

# The menu entry.
desktop=$dir/$id.desktop
check_entry() { # FILE EXEC
	local out
	out=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate $1: $out"
	grep -E "error|warning" <<<"$out" && fail "desktop-file-validate $1: $out"
	grep -qx "Exec=$2 %F" "$1" || fail "$1: Exec is not \"$2 %F\""
	grep -qx "Icon=$id" "$1" || fail "$1: Icon is not $id"
	grep -qx "StartupWMClass=$id" "$1" || fail "$1: StartupWMClass is not $id"
	grep -qx "MimeType=text/plain;text/html;text/markdown;" "$1" || fail "$1: MimeType"
	grep -q "^Name\[zh_CN\]=" "$1" && grep -q "^Comment\[zh_CN\]=" "$1" || fail "$1: no Chinese Name or Comment"
}
check_entry "$desktop" zhibiao
echo "check-packages: $(basename "$tarball"): layout and menu entry ok"

# install.sh into a fresh HOME, then --uninstall.
home=$work/home
mkdir -p "$home"
(cd "$work" && HOME=$home XDG_DATA_HOME= PATH=/usr/bin:/bin "$dir/install.sh" >"$work/install.out")
for f in .local/bin/zhibiao ".local/share/applications/$id.desktop" \
	".local/share/icons/hicolor/512x512/apps/$id.png" ".local/share/icons/hicolor/128x128/apps/$id.png" \
	.local/share/doc/zhibiao/NOTICE; do
	[ -f "$home/$f" ] || fail "install.sh did not install ~/$f"
done
check_entry "$home/.local/share/applications/$id.desktop" "$home/.local/bin/zhibiao"
"$home/.local/bin/zhibiao" version >/dev/null || fail "the installed program does not run"
HOME=$home "$dir/install.sh" --uninstall >/dev/null
left=$(find "$home" -type f ! -name 'mimeinfo.cache')
[ -z "$left" ] || fail "install.sh --uninstall left: $left"
echo "check-packages: install.sh and --uninstall ok ($(head -1 "$work/install.out"))"

# make install for packagers.
make -s -C "$dir" install PREFIX=/usr DESTDIR="$work/root" >/dev/null
[ -x "$work/root/usr/bin/zhibiao" ] || fail "make install: no /usr/bin/zhibiao"
check_entry "$work/root/usr/share/applications/$id.desktop" /usr/bin/zhibiao
echo "check-packages: make install DESTDIR=... PREFIX=/usr ok"

# Windows.
exe=${2:-$(ls -t dist/zhibiao-*-windows-amd64.exe 2>/dev/null | head -1 || true)}
if [ -z "$exe" ]; then
	echo "check-packages: no Windows .exe to check (scripts/release.sh windows)"
	exit 0
fi
ident=$(grep -ao '<assemblyIdentity [^>]*name="[^"]*"[^>]*>' "$exe" | grep -v Common-Controls | head -1)
[ -n "$ident" ] || fail "$exe: no manifest"
name=$(sed 's/.*name="\([^"]*\)".*/\1/' <<<"$ident")
ver=$(sed 's/.*version="\([^"]*\)".*/\1/' <<<"$ident")
LC_ALL=C grep -Eqx '[A-Za-z0-9]+(\.[A-Za-z0-9]+)+' <<<"$name" || fail "$exe: manifest identity \"$name\" is not an ASCII reverse-DNS name"
[ "$name" = "$id" ] || fail "$exe: manifest identity $name, want $id"
grep -Eqx '[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+' <<<"$ver" || fail "$exe: manifest version \"$ver\" is not four numbers"
info=$(strings -el "$exe")
for field in CompanyName LegalCopyright OriginalFilename FileDescription ProductVersion; do
	grep -qx "$field" <<<"$info" || fail "$exe: version information lacks $field"
done
grep -qx "zhibiao.exe" <<<"$info" || fail "$exe: OriginalFilename is not zhibiao.exe"
echo "check-packages: $(basename "$exe"): manifest identity $name $ver, version information ok"
zip=${exe%.exe}.zip
[ -f "$zip" ] || fail "no $zip beside the .exe"
zl=$(unzip -Z1 "$zip")
for f in zhibiao.exe LICENSE NOTICE LICENSE-Apache-2.0.txt; do
	grep -qx "$top/$f" <<<"$zl" || fail "$zip: no $top/$f"
done
[ -z "$(grep -v "^$top/" <<<"$zl")" ] || fail "$zip: files outside $top/"
unzip -p "$zip" "$top/zhibiao.exe" | cmp -s - "$exe" || fail "$zip: its zhibiao.exe is not the .exe"
echo "check-packages: $(basename "$zip"): $(wc -c <"$zip") bytes against $(wc -c <"$exe") for the .exe"
