#!/usr/bin/env bash
# One command for a fresh machine: install what is missing, build with warnings as errors,
# check the formatting, and run the whole test suite (unit, model, GUI offscreen, CLI and
# integration tests against a real slapd). Benchmarks run from scripts/bench.sh instead.
# Exits non-zero when any step fails and always ends with one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
failed=()

summary() {
    local status=$?
    local elapsed=$(( $(date +%s) - start ))
    if [ $status -ne 0 ] && [ ${#failed[@]} -eq 0 ]; then
        failed+=("${step:-setup}")
    fi
    if [ ${#failed[@]} -eq 0 ]; then
        echo "test.sh: PASSED in ${elapsed} s (build, format, tests)"
    else
        echo "test.sh: FAILED in ${elapsed} s: ${failed[*]}"
        [ $status -ne 0 ] || status=1
    fi
    exit $status
}
trap summary EXIT

step=setup
scripts/setup.sh
step=configure
cmake --preset ci >/dev/null
step=build
cmake --build --preset ci -j "$(nproc)"
step=format
cmake --build --preset ci --target check-format || failed+=("format")
step=tests
ctest --preset ci || failed+=("tests")
step=done
[ ${#failed[@]} -eq 0 ]
