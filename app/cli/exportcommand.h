#pragma once

namespace attest::cli {

struct Invocation;

// `attest export KIND --workspace FILE [--snapshot ID] --format csv|json`: streams one kind of
// record of a snapshot (the newest by default) to stdout.
int runExport(const Invocation& invocation);

} // namespace attest::cli
