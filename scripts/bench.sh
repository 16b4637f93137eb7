#!/usr/bin/env bash
# Builds the release preset and prints the benchmark figures at full scale (100,000 identities
# by default; pass another number as the first argument). Not part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
identities="${1:-100000}"
scripts/setup.sh
scripts/build.sh release
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
build/release/tests/bench/attest_bench --identities "$identities" --workspace "$workdir/bench.attest"
QT_QPA_PLATFORM=offscreen build/release/tests/bench/attest_bench_gui --workspace "$workdir/bench.attest"
build/release/tests/bench/attest_bench_ldap --identities "$identities"
