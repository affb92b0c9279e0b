#!/usr/bin/env bash
# Builds the release artefacts into dist/, from the committed HEAD:
#
#   on Linux:  dist/zhibiao-VERSION-linux-amd64.tar.xz   (zhibiao-VERSION/: the
#                  program, install.sh, a Makefile, the menu entry, icons, licences)
#              dist/zhibiao-VERSION-windows-amd64.exe    (cross-built with
#                  mingw-w64: GUI subsystem, manifest, icon, version information)
#              dist/zhibiao-VERSION-windows-amd64.zip    (the .exe and the licences)
#   on macOS:  dist/zhibiao-VERSION-macos-ARCH.zip       (the .app bundle)
#
# Usage: scripts/release.sh [linux] [windows] [darwin]
# With no argument it builds every target this machine can: linux and
# windows on Linux, darwin on macOS. Every build is stripped and trimmed
# (-s -w -trimpath, Fyne's "release" tag) with the version of FyneApp.toml
# stamped in. Linux and Windows are plain go builds laid out by
# scripts/package.sh (and tools/winres for the Windows resources); the
# macOS bundle is made by the fyne packaging tool pinned in tools/go.mod. Missing
# Debian packages are installed when run as root; otherwise it prints the
# sudo line. scripts/check-packages.sh checks what was built.
#
# The build works on a snapshot of HEAD (git archive) in dist/src, so that
# uncommitted edits never reach a release and temporary files (the .syso,
# fyne's metadata init file) never land in the working tree.
source "$(dirname "$0")/lib.sh"
source scripts/package.sh
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

fyne=$dist/.tools/fyne

# fyne package takes -ldflags from GOFLAGS and adds -s -w and -trimpath.
# It also adds one to Build in FyneApp.toml after each package (here in the
# snapshot only); --app-build keeps every artefact at the committed number.
stamp="-ldflags=-X=github.com/zhibiao/zhibiao/app.version=$version"

built=()
# gobuild OUT [VAR=VALUE...] builds the program in the snapshot, as fyne
# package --release would.
gobuild() {
	local out=$1
	shift
	local t0=$SECONDS
	echo "release: building $(basename "$out") (a cold cgo build takes minutes)" >&2
	(cd "$src" && env "$@" go build -tags "$TAGS,release" -trimpath \
		-ldflags "-s -w -X github.com/zhibiao/zhibiao/app.version=$version ${LDEXTRA:-}" -o "$out" .)
	echo "release: built in $((SECONDS - t0)) s" >&2
}

package() { # package OS [FLAG...]: runs fyne package in the snapshot
	local os=$1
	shift
	local t0=$SECONDS
	echo "release: building for $os (a cold cgo build takes minutes)" >&2
	(cd "$src" && env GOFLAGS="$GOFLAGS $stamp" "$fyne" package -os "$os" --release --tags "$TAGS" \
		--app-version "$version" --app-build "${build:-1}" "$@")
	echo "release: $os built in $((SECONDS - t0)) s" >&2
}

for target in $targets; do
	case $target in
	linux)
		need_pkgs $BUILD_PKGS xz-utils
		gobuild "$dist/.zhibiao-linux"
		got=$("$dist/.zhibiao-linux" version)
		[ "$got" = "zhibiao $version" ] || { echo "release: the Linux binary says \"$got\", not \"zhibiao $version\"" >&2; exit 1; }
		out=$dist/zhibiao-$version-linux-amd64.tar.xz
		linux_archive "$dist/.zhibiao-linux" "$version" "$out"
		rm -f "$dist/.zhibiao-linux"
		built+=("$out")
		;;
	windows)
		need_pkgs $BUILD_PKGS gcc-mingw-w64-x86-64 zip
		# winres lives in the tools module (tools/go.mod), so that its
		# dependencies stay out of the app's go.mod.
		go -C "$src/tools" run ./winres -version "$version" -build "${build:-1}" \
			-icon "$src/assets/icon.png" -manifest "$src/packaging/windows/zhibiao.exe.manifest" \
			-o "$src/zhibiao_windows_amd64.syso"
		out=$dist/zhibiao-$version-windows-amd64.exe
		LDEXTRA=-H=windowsgui gobuild "$out" GOOS=windows GOARCH=amd64 CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc
		built+=("$out")
		windows_zip "$out" "$version" "${out%.exe}.zip"
		built+=("${out%.exe}.zip")
		;;
	darwin)
		[ "$(uname -s)" = Darwin ] || { echo "release: the macOS app can only be built on a Mac (Xcode command line tools)" >&2; exit 1; }
		# The packaging tool, built for this machine from the tools module
		# (tools/go.mod), whose dependencies stay out of the app's go.mod.
		# (go tool fyne would do, but then a cross-compiler in CC would be
		# used to build the tool.)
		go -C "$src/tools" build -o "$fyne" fyne.io/tools/cmd/fyne
		package darwin
		arch=$(uname -m)
		app=$src/$name.app
		got=$("$app/Contents/MacOS/zhibiao" version)
		[ "$got" = "zhibiao $version" ] || { echo "release: the macOS binary says \"$got\", not \"zhibiao $version\"" >&2; exit 1; }
		# fyne package (tools v1.7) writes macOS 10.11, "zh_Hans" and an empty
		# category; Go 1.26 runs on macOS 12 and Apple's locale is "zh-Hans".
		plist=$app/Contents/Info.plist
		plutil -replace LSMinimumSystemVersion -string 12.0 "$plist"
		plutil -replace CFBundleLocalizations -json '["en","zh-Hans"]' "$plist"
		plutil -replace LSApplicationCategoryType -string public.app-category.productivity "$plist"
		plutil -lint "$plist"
		notice_files "$app/Contents/Resources"
		# Ad-hoc signature: unsigned Apple-silicon code does not run at all.
		codesign --force --deep --sign - "$app"
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
# One checksum file per machine kind: the two macOS jobs upload theirs
# side by side.
sums=SHA256SUMS-$(uname -s | tr 'A-Z' 'a-z')
[ "$(uname -s)" = Darwin ] && sums=$sums-$(uname -m)
(cd "$dist" && for f in "${built[@]}"; do
	if command -v sha256sum >/dev/null 2>&1; then sha256sum "$(basename "$f")"; else shasum -a 256 "$(basename "$f")"; fi
done) >"$dist/$sums"
echo "  checksums: dist/$sums"
