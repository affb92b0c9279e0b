#!/usr/bin/env bash
# Builds the release artefacts into dist/, from the committed HEAD:
#
#   on Linux:  dist/zhibiao-VERSION-linux-amd64.tar.xz   (fyne package: binary
#                  "zhibiao", .desktop file, icon and an install Makefile)
#              dist/zhibiao-VERSION-windows-amd64.exe    (cross-built with
#                  mingw-w64: GUI subsystem, icon, version information)
#   on macOS:  dist/zhibiao-VERSION-macos-ARCH.zip       (the .app bundle)
#
# Usage: scripts/release.sh [linux] [windows] [darwin]
# With no argument it builds every target this machine can: linux and
# windows on Linux, darwin on macOS. Every build is stripped and trimmed
# (fyne package --release) with the version of FyneApp.toml stamped in.
# The packaging tool is the module's pinned `go tool fyne`. Missing Debian
# packages are installed when run as root; otherwise it prints the sudo line.
#
# The build works on a snapshot of HEAD (git archive) in dist/src, so that
# uncommitted edits never reach a release and fyne package's temporary files
# (fyne.syso, the metadata init file) never land in the working tree.
source "$(dirname "$0")/lib.sh"
need_go

if [ $# -gt 0 ]; then
	targets="$*"
elif [ "$(uname -s)" = Darwin ]; then
	targets=darwin
else
	targets="linux windows"
fi

dist=$PWD/dist
src=$dist/src
mkdir -p "$dist"
rm -rf "$src"
mkdir -p "$src"
if git rev-parse --verify -q HEAD >/dev/null 2>&1; then
	commit=$(git rev-parse --short HEAD)
	git archive HEAD | tar -x -C "$src"
	if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
		echo "release: note: uncommitted changes are not in this build (it is HEAD, $commit)" >&2
	fi
else
	commit=unknown
	tar -c --exclude=./dist --exclude=./bin --exclude=./.git -f - . | tar -x -C "$src"
fi

version=$(sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$src/FyneApp.toml" | head -1)
[ -n "$version" ] || { echo "release: no Version in FyneApp.toml" >&2; exit 1; }
build=$(sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$src/FyneApp.toml" | head -1)
name=$(sed -n 's/^[[:space:]]*Name[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$src/FyneApp.toml" | head -1)

# The packaging tool, built once for this machine. (go tool fyne would do,
# but then a cross-compiler in CC would be used to build the tool itself.)
fyne=$dist/.tools/fyne
echo "release: building the packaging tool (fyne.io/tools, pinned in go.mod)" >&2
go build -o "$fyne" fyne.io/tools/cmd/fyne

# fyne package takes -ldflags from GOFLAGS and adds -s -w and -trimpath.
# It also adds one to Build in FyneApp.toml after each package (here in the
# snapshot only); --app-build keeps every artefact at the committed number.
stamp="-ldflags=-X=github.com/zhibiao/zhibiao/app.version=$version"

built=()
package() { # package OS [VAR=VALUE...]: runs fyne package in the snapshot
	local os=$1
	shift
	local t0=$SECONDS
	echo "release: building for $os (a cold cgo build takes minutes)" >&2
	(cd "$src" && env GOFLAGS="$GOFLAGS $stamp" "$@" "$fyne" package -os "$os" --release --tags "$TAGS" \
		--app-version "$version" --app-build "${build:-1}")
	echo "release: $os built in $((SECONDS - t0)) s" >&2
}

for target in $targets; do
	case $target in
	linux)
		need_pkgs $BUILD_PKGS xz-utils
		package linux
		out=$dist/zhibiao-$version-linux-amd64.tar.xz
		mv "$src/$name.tar.xz" "$out"
		# The archive must hold the binary under its command name, and that
		# binary must say the version it was stamped with.
		listing=$(tar -tJf "$out")
		grep -qx 'usr/local/bin/zhibiao' <<<"$listing" || { echo "release: no usr/local/bin/zhibiao in $out" >&2; exit 1; }
		got=$(tar -xJOf "$out" usr/local/bin/zhibiao >"$dist/.zhibiao-check" && chmod +x "$dist/.zhibiao-check" && "$dist/.zhibiao-check" version)
		rm -f "$dist/.zhibiao-check"
		[ "$got" = "zhibiao $version" ] || { echo "release: the Linux binary says \"$got\", not \"zhibiao $version\"" >&2; exit 1; }
		built+=("$out")
		;;
	windows)
		need_pkgs $BUILD_PKGS gcc-mingw-w64-x86-64
		package windows CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1
		out=$dist/zhibiao-$version-windows-amd64.exe
		mv "$src/$name.exe" "$out"
		built+=("$out")
		;;
	darwin)
		[ "$(uname -s)" = Darwin ] || { echo "release: the macOS app can only be built on a Mac (Xcode command line tools)" >&2; exit 1; }
		package darwin
		arch=$(uname -m)
		got=$("$src/$name.app/Contents/MacOS/zhibiao" version)
		[ "$got" = "zhibiao $version" ] || { echo "release: the macOS binary says \"$got\", not \"zhibiao $version\"" >&2; exit 1; }
		# Ad-hoc signature: unsigned Apple-silicon code does not run at all.
		codesign --force --deep --sign - "$src/$name.app"
		out=$dist/zhibiao-$version-macos-$arch.zip
		rm -f "$out"
		(cd "$src" && ditto -c -k --keepParent "$name.app" "$out")
		built+=("$out")
		;;
	*)
		echo "release: unknown target \"$target\"; usage: scripts/release.sh [linux] [windows] [darwin]" >&2
		exit 2
		;;
	esac
done

rm -rf "$src"
echo "release: zhibiao $version from $commit:"
for f in "${built[@]}"; do
	bytes=$(wc -c <"$f" | tr -d ' ')
	echo "  $(basename "$f")  $bytes bytes ($(awk "BEGIN { printf \"%.1f\", $bytes / 1048576 }") MiB)"
done
(cd "$dist" && for f in "${built[@]}"; do
	if command -v sha256sum >/dev/null 2>&1; then sha256sum "$(basename "$f")"; else shasum -a 256 "$(basename "$f")"; fi
done) >"$dist/SHA256SUMS-$(uname -s | tr 'A-Z' 'a-z')"
echo "  checksums: dist/SHA256SUMS-$(uname -s | tr 'A-Z' 'a-z')"
