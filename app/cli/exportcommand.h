#pragma once

#include <QStringList>

namespace attest::cli {

// `attest export KIND --workspace FILE [--snapshot ID] --format csv|json`: streams one kind of
// record of a snapshot (the newest by default) to stdout.
int runExport(const QStringList& arguments);

} // namespace attest::cli
