#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build, and open Attest on its
# built-in demo organisation (created in your data folder on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release
binary=build/release/app/attest
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    if [ "${1:-}" = "--xvfb" ]; then
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$binary"
    fi
    echo "Attest is built: $binary"
    echo "There is no display here. Run it on a desktop, or under a virtual one: scripts/demo.sh --xvfb"
    exit 0
fi
exec "$binary"
