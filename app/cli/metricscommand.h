#pragma once

namespace attest::cli {

struct Invocation;

// `attest metrics --workspace FILE [--snapshot ID] [--compare ID|none] --format json|csv`: every
// sprawl and hygiene measure of a snapshot, the drift since the snapshot compared with and the
// trend, to stdout (JSON with the keys of the rows behind each count).
int runMetrics(const Invocation& invocation);

// `attest report --workspace FILE --output FILE.pdf [--snapshot ID] [--compare ID|none]`: the
// dashboard report as PDF.
int runReport(const Invocation& invocation);

} // namespace attest::cli
