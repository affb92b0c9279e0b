#!/usr/bin/env bash
# Builds Zhibiao (installing what the build needs) and opens the window.
# Arguments are passed on: scripts/run.sh extract --format csv
source "$(dirname "$0")/lib.sh"
build_app
exec bin/zhibiao "$@"
