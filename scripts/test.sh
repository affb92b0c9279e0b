#!/usr/bin/env bash
# Runs every check: formatting, vet, the import rules, staticcheck, the
# complexity gate, go.mod tidiness, all tests, and govulncheck (installing
# what the build needs first).
source "$(dirname "$0")/lib.sh"
need_go
need_pkgs $BUILD_PKGS

echo "== gofmt"
bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
[ -z "$bad" ] || { echo "gofmt would change: $bad" >&2; exit 1; }

echo "== go vet"
go vet -tags "$TAGS" ./...

echo "== import rules"
# data/ knows nothing of Fyne; ui/ never creates the app, so it tests
# headless, even without cgo.
if go list -tags "$TAGS" -deps ./data/... | grep -q '^fyne.io/'; then
	echo "data/ must not import Fyne:" >&2
	go list -tags "$TAGS" -f '{{.ImportPath}}: {{join .Imports " "}}' ./data/... | grep fyne.io >&2
	exit 1
fi
if go list -tags "$TAGS" -deps ./ui/... | grep -qx 'fyne.io/fyne/v2/app'; then
	echo "ui/ must not import fyne.io/fyne/v2/app" >&2
	exit 1
fi
CGO_ENABLED=0 go vet -tags "$TAGS" ./ui/... ./data/...

# The linters are pinned in tools/go.mod, not in the app's go.mod: their
# dependencies are not the app's, and a user building Zhibiao never needs them.
lint() { go tool -modfile=tools/go.mod "$@"; }

echo "== staticcheck"
lint staticcheck -tags "$TAGS" ./...

echo "== complexity (gocyclo -over 30)"
# A function over 30 has too many paths to hold in one's head: split it into
# named steps. scripts/complexity-allow.txt names the few still waiting for
# that, each by package and function (line numbers move); it only shrinks.
# (Every function is listed and awk picks those over 30: gocyclo -over
# exits 1 on a finding, which would look like a broken tool.)
scores=$(lint gocyclo -top 1000000 .)
over=$(awk '$1 > 30 {print $2, $3}' <<<"$scores" | grep -vxF -f <(grep -v '^#' scripts/complexity-allow.txt | sed '/^$/d') || true)
[ -z "$over" ] || { echo "cyclomatic complexity over 30 (split these into named steps):" >&2; echo "$over" >&2; exit 1; }

echo "== go mod tidy"
go mod tidy -diff
(cd tools && go mod tidy -diff)

echo "== go test (with the race detector)"
# -timeout: the ui package under the race detector takes 5–10 minutes on a
# busy 2-core machine, near go test's default 10-minute limit per package
go test -race -timeout 30m -tags "$TAGS" -count=1 ./...

echo "== the dictionary comes from the binary, not the module cache"
# gse.New() reads its dictionaries from the module cache, which a user's
# machine does not have. Run the segmenter's tests with the cache hidden.
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare -m true 2>/dev/null; then
	mkdir -p bin
	go test -c -tags "$TAGS" -o bin/segment.test ./data/segment
	unshare -m sh -c "mount -t tmpfs none '$(go env GOMODCACHE)' && bin/segment.test -test.count=1 -test.run 'Embedded|Cut|Service|Seed'"
else
	echo "(skipped: needs root and a private mount namespace to hide the module cache)"
fi

echo "== go test ./ui without cgo (headless, as a machine without a C compiler would)"
CGO_ENABLED=0 go test -tags "$TAGS" -count=1 ./ui/...

echo "== govulncheck (known vulnerabilities in the code the app calls)"
# govulncheck reads the Go vulnerability database, which lives at
# vuln.go.dev, outside the module proxy. The same reports are published as
# the module golang.org/x/vulndb, which the proxy serves like any other:
# its indexdb command turns them into a database govulncheck reads from a
# folder. So this needs only the module proxy (and nothing once cached).
# The reports are those of the pinned version below: move it forward to
# learn of newer vulnerabilities. Last, since it takes minutes.
vulndb_version=v0.0.0-20261105234957-e22db6528018
vulndb=$PWD/bin/vulndb-$vulndb_version
if [ ! -f "$vulndb/index/db.json" ]; then
	src=$(go mod download -json "golang.org/x/vulndb@$vulndb_version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	rm -rf "$vulndb" && mkdir -p "$vulndb"
	go run "golang.org/x/vulndb/cmd/indexdb@$vulndb_version" -vulns "$src/data/osv" -out "$vulndb"
fi
# Findings in the standard library are fixed by a newer Go, not by this
# code: they are printed as a warning (install the Go release they name);
# a finding in a module the app requires fails the run.
if ! vulns=$(lint govulncheck -db "file://$vulndb" -tags "$TAGS" ./... 2>&1); then
	echo "$vulns"
	if grep -E '^[[:space:]]*Module: ' <<<"$vulns" | grep -vq 'Module: stdlib'; then
		echo "govulncheck: a vulnerable module is called (see above): upgrade it" >&2
		exit 1
	fi
	echo "WARNING: the Go toolchain ($(go env GOVERSION)) has the known vulnerabilities above; build releases with the Go version they name"
fi
