#!/usr/bin/env bash
# Makes docs/screenshot.png, the README's picture of the window, from a real
# window under Xvfb. LANG_APP=en_US.UTF-8 for the English interface.
source "$(dirname "$0")/lib.sh"
build_app
scripts/smoke.sh docs/screenshot.png
