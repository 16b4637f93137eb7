#pragma once

#include <QStringList>

namespace attest::cli {

// `attest metrics --workspace FILE [--snapshot ID] [--compare ID|none] --format json|csv`: every
// sprawl and hygiene measure of a snapshot, the drift since the snapshot compared with and the
// trend, to stdout (JSON with the keys of the rows behind each count).
int runMetrics(const QStringList& arguments);

// `attest report --workspace FILE --out FILE.pdf [--snapshot ID] [--compare ID|none]`: the
// dashboard report as PDF.
int runReport(const QStringList& arguments);

} // namespace attest::cli
