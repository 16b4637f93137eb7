#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build with warnings as errors,
# check the formatting, and run the whole test suite (unit, model, GUI offscreen, CLI and
# integration tests against a real slapd). Benchmarks run from scripts/bench.sh instead.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
scripts/setup.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"
cmake --build --preset ci --target check-format
status=0
ctest --preset ci || status=$?
echo "test.sh: finished in $(( $(date +%s) - start )) s with status $status"
exit $status
