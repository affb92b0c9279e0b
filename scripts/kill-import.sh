#!/bin/sh
# Kills a real import (a few hundred files, in another process) with
# SIGKILL at a random moment, reopens the library, runs PRAGMA
# integrity_check and FTS5's integrity check, and checks that every article
# the import reported is there with its text, index and figures, and at
# most the file in flight more. RUNS times (default 20); all must pass.
#
#     scripts/kill-import.sh [RUNS]
set -eu
cd "$(dirname "$0")/.."
ZHIBIAO_KILL_RUNS="${1:-20}" exec nice go test -count=1 -run '^TestKillDuringImport$' -v ./data/library/ 2>&1 |
	grep -E '^(--- |ok|FAIL|PASS)|kill_test'
